import { RelationSpec } from '../../graph/relation-loader';
import { derived, incoming, outgoing } from '../../graph/relation-specs';
import { COMPETENCE_STANDARD } from '../competence-standard/competence-standard.definition';
import { COUNTRY } from '../country/country.definition';
import { EVENT } from '../event/event.definition';
import { ORGANISATION } from '../organisation/organisation.definition';
import { PERSON } from '../person/person.definition';
import { PLACE } from '../place/place.definition';
import { POLICY_DOCUMENT } from '../policy-document/policy-document.definition';
import { PUBLICATION } from '../publication/publication.definition';
import { TOPIC } from '../topic/topic.definition';
import { WORKING_GROUP } from '../working-group/working-group.definition';

/** The relationship fields of Event, keyed by field name (see RelationSpec). */
export const EVENT_RELATIONS = {
  workingGroups: outgoing('Event.workingGroups', 'ORGANISED_BY', WORKING_GROUP),
  organisers: outgoing('Event.organisers', 'ORGANISED_BY', ORGANISATION),
  hostedBy: outgoing('Event.hostedBy', 'HOSTED_BY', ORGANISATION),
  heldIn: outgoing('Event.heldIn', 'HELD_IN', PLACE),
  countries: derived('Event.countries', '(n)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(m:Country)', COUNTRY),
  participants: incoming('Event.participants', 'PARTICIPATED_IN', ORGANISATION),
  participatingCountries: incoming('Event.participatingCountries', 'PARTICIPATED_IN', COUNTRY),
  partOf: outgoing('Event.partOf', 'PART_OF', EVENT),
  parts: incoming('Event.parts', 'PART_OF', EVENT),
  follows: outgoing('Event.follows', 'FOLLOWS', EVENT),
  followedBy: incoming('Event.followedBy', 'FOLLOWS', EVENT),
  citedPublications: outgoing('Event.citedPublications', 'CITES', PUBLICATION),
  citedPolicyDocuments: outgoing('Event.citedPolicyDocuments', 'CITES', POLICY_DOCUMENT),
  presentedPublications: incoming('Event.presentedPublications', 'PRESENTED_AT', PUBLICATION),
  presentedCompetenceStandards: incoming('Event.presentedCompetenceStandards', 'PRESENTED_AT', COMPETENCE_STANDARD),
  topics: outgoing('Event.topics', 'ABOUT', TOPIC),
  contacts: incoming('Event.contacts', 'CONTACT_FOR', PERSON),
} satisfies Record<string, RelationSpec>;
