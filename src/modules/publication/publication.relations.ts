import { RelationSpec } from '../../graph/relation-loader';
import { incoming, outgoing } from '../../graph/relation-specs';
import { COMPETENCE_STANDARD } from '../competence-standard/competence-standard.definition';
import { COUNTRY } from '../country/country.definition';
import { EVENT } from '../event/event.definition';
import { ORGANISATION } from '../organisation/organisation.definition';
import { PERSON } from '../person/person.definition';
import { POLICY_DOCUMENT } from '../policy-document/policy-document.definition';
import { PUBLICATION } from '../publication/publication.definition';
import { TOPIC } from '../topic/topic.definition';

/** The relationship fields of Publication, keyed by field name (see RelationSpec). */
export const PUBLICATION_RELATIONS = {
  publishedBy: outgoing('Publication.publishedBy', 'PUBLISHED_BY', ORGANISATION),
  citedPublications: outgoing('Publication.citedPublications', 'CITES', PUBLICATION),
  citedPolicyDocuments: outgoing('Publication.citedPolicyDocuments', 'CITES', POLICY_DOCUMENT),
  citedByPublications: incoming('Publication.citedByPublications', 'CITES', PUBLICATION),
  citedByPolicyDocuments: incoming('Publication.citedByPolicyDocuments', 'CITES', POLICY_DOCUMENT),
  citedByEvents: incoming('Publication.citedByEvents', 'CITES', EVENT),
  presentedAt: outgoing('Publication.presentedAt', 'PRESENTED_AT', EVENT),
  analysedStandards: outgoing('Publication.analysedStandards', 'ANALYSES', COMPETENCE_STANDARD),
  analysedCountries: outgoing('Publication.analysedCountries', 'ANALYSES', COUNTRY),
  analysedTopics: outgoing('Publication.analysedTopics', 'ANALYSES', TOPIC),
  topics: outgoing('Publication.topics', 'ABOUT', TOPIC),
  contacts: incoming('Publication.contacts', 'CONTACT_FOR', PERSON),
} satisfies Record<string, RelationSpec>;
