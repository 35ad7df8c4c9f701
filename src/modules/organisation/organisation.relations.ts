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
import { WORKING_GROUP } from '../working-group/working-group.definition';
import { seatedInCountryNode } from './organisation.seat';
import { seatedInCountryNodeAsOf } from './organisation.seat-as-of';

/** The relationship fields of Organisation, keyed by field name (see RelationSpec). */
export const ORGANISATION_RELATIONS = {
  places: outgoing('Organisation.places', 'LOCATED_IN', PLACE),
  hostedEvents: incoming('Organisation.hostedEvents', 'HOSTED_BY', EVENT),
  organisedEvents: incoming('Organisation.organisedEvents', 'ORGANISED_BY', EVENT),
  participatedIn: outgoing('Organisation.participatedIn', 'PARTICIPATED_IN', EVENT),
  publications: incoming('Organisation.publications', 'PUBLISHED_BY', PUBLICATION),
  adoptedPolicyDocuments: incoming('Organisation.adoptedPolicyDocuments', 'ADOPTED_BY', POLICY_DOCUMENT),
  competenceStandards: incoming('Organisation.competenceStandards', 'DEVELOPED_BY', COMPETENCE_STANDARD),
  coordinatedWorkingGroups: incoming('Organisation.coordinatedWorkingGroups', 'COORDINATED_BY', WORKING_GROUP),
  workingGroups: outgoing('Organisation.workingGroups', 'MEMBER_OF', WORKING_GROUP),
  memberOf: outgoing('Organisation.memberOf', 'MEMBER_OF', ORGANISATION),
  members: incoming('Organisation.members', 'MEMBER_OF', ORGANISATION),
  memberCountries: incoming('Organisation.memberCountries', 'MEMBER_OF', COUNTRY),
  people: incoming('Organisation.people', 'WORKS_FOR', PERSON),
  country: derived('Organisation.country', '(m:Country)', COUNTRY, seatedInCountryNode('n', 'm'), (year) => seatedInCountryNodeAsOf('n', 'm', year)),
} satisfies Record<string, RelationSpec>;
