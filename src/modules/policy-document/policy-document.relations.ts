import { RelationSpec } from '../../graph/relation-loader';
import { incoming, outgoing } from '../../graph/relation-specs';
import { EVENT } from '../event/event.definition';
import { ORGANISATION } from '../organisation/organisation.definition';
import { POLICY_DOCUMENT } from '../policy-document/policy-document.definition';
import { PUBLICATION } from '../publication/publication.definition';
import { TOPIC } from '../topic/topic.definition';
import { WORKING_GROUP } from '../working-group/working-group.definition';

/** The relationship fields of PolicyDocument, keyed by field name (see RelationSpec). */
export const POLICY_DOCUMENT_RELATIONS = {
  adoptedBy: outgoing('PolicyDocument.adoptedBy', 'ADOPTED_BY', ORGANISATION),
  citedPolicyDocuments: outgoing('PolicyDocument.citedPolicyDocuments', 'CITES', POLICY_DOCUMENT),
  citedPublications: outgoing('PolicyDocument.citedPublications', 'CITES', PUBLICATION),
  citedByPolicyDocuments: incoming('PolicyDocument.citedByPolicyDocuments', 'CITES', POLICY_DOCUMENT),
  citedByPublications: incoming('PolicyDocument.citedByPublications', 'CITES', PUBLICATION),
  citedByEvents: incoming('PolicyDocument.citedByEvents', 'CITES', EVENT),
  mandatedWorkingGroups: incoming('PolicyDocument.mandatedWorkingGroups', 'MANDATED_BY', WORKING_GROUP),
  topics: outgoing('PolicyDocument.topics', 'ABOUT', TOPIC),
} satisfies Record<string, RelationSpec>;
