import { RelationSpec } from '../../graph/relation-loader';
import { incoming, outgoing } from '../../graph/relation-specs';
import { COUNTRY } from '../country/country.definition';
import { EVENT } from '../event/event.definition';
import { ORGANISATION } from '../organisation/organisation.definition';
import { POLICY_DOCUMENT } from '../policy-document/policy-document.definition';
import { TOPIC } from '../topic/topic.definition';
import { WORKING_GROUP } from '../working-group/working-group.definition';

/** The relationship fields of WorkingGroup, keyed by field name (see RelationSpec). */
export const WORKING_GROUP_RELATIONS = {
  events: incoming('WorkingGroup.events', 'ORGANISED_BY', EVENT),
  mandatedBy: outgoing('WorkingGroup.mandatedBy', 'MANDATED_BY', POLICY_DOCUMENT),
  coordinatedBy: outgoing('WorkingGroup.coordinatedBy', 'COORDINATED_BY', ORGANISATION),
  members: incoming('WorkingGroup.members', 'MEMBER_OF', ORGANISATION),
  memberCountries: incoming('WorkingGroup.memberCountries', 'MEMBER_OF', COUNTRY),
  partOf: outgoing('WorkingGroup.partOf', 'PART_OF', WORKING_GROUP),
  subgroups: incoming('WorkingGroup.subgroups', 'PART_OF', WORKING_GROUP),
  topics: outgoing('WorkingGroup.topics', 'ABOUT', TOPIC),
} satisfies Record<string, RelationSpec>;
