import { RelationSpec } from '../../graph/relation-loader';
import { derived, incoming, outgoing } from '../../graph/relation-specs';
import { COUNTRY } from '../country/country.definition';
import { EVENT } from '../event/event.definition';
import { ORGANISATION } from '../organisation/organisation.definition';
import { PLACE } from '../place/place.definition';

/** The relationship fields of Place, keyed by field name (see RelationSpec). */
export const PLACE_RELATIONS = {
  within: outgoing('Place.within', 'LOCATED_IN', PLACE),
  contains: incoming('Place.contains', 'LOCATED_IN', PLACE),
  events: incoming('Place.events', 'HELD_IN', EVENT),
  organisations: incoming('Place.organisations', 'LOCATED_IN', ORGANISATION),
  country: derived('Place.country', '(n)-[:LOCATED_IN*1..2]->(m:Country)', COUNTRY),
} satisfies Record<string, RelationSpec>;
