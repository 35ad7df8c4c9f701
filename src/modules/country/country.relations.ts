import { RelationSpec } from '../../graph/relation-loader';
import { derived, incoming, outgoing } from '../../graph/relation-specs';
import { COMPETENCE_STANDARD } from '../competence-standard/competence-standard.definition';
import { EVENT } from '../event/event.definition';
import { ORGANISATION } from '../organisation/organisation.definition';
import { seatedInCountryNode } from '../organisation/organisation.seat';
import { seatedInCountryNodeAsOf } from '../organisation/organisation.seat-as-of';
import { PLACE } from '../place/place.definition';
import { PUBLICATION } from '../publication/publication.definition';
import { WORKING_GROUP } from '../working-group/working-group.definition';

/** The relationship fields of Country, keyed by field name (see RelationSpec). */
export const COUNTRY_RELATIONS = {
  places: incoming('Country.places', 'LOCATED_IN', PLACE),
  organisations: derived('Country.organisations', '(m:Organisation)', ORGANISATION, seatedInCountryNode('m', 'n'), (year) => seatedInCountryNodeAsOf('m', 'n', year)),
  events: derived('Country.events', '(n)<-[:LOCATED_IN*0..2]-()<-[:HELD_IN]-(m:Event)', EVENT),
  competenceStandards: incoming('Country.competenceStandards', 'APPLIES_IN', COMPETENCE_STANDARD),
  participatedIn: outgoing('Country.participatedIn', 'PARTICIPATED_IN', EVENT),
  memberOf: outgoing('Country.memberOf', 'MEMBER_OF', ORGANISATION),
  workingGroups: outgoing('Country.workingGroups', 'MEMBER_OF', WORKING_GROUP),
  analysedIn: incoming('Country.analysedIn', 'ANALYSES', PUBLICATION),
} satisfies Record<string, RelationSpec>;
