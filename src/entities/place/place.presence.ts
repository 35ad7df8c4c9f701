import { presenceField, presenceFilters, presenceWhere } from '../../graphql/where-input';
import { hasPath } from '../../graph/presence-filters';

/** Missing-value filters on places (issue 16), each with its compiler (the path of the place country filter). */
const PLACE_PRESENCE = {
  hasCountry: presenceField(
    'true: located in a known country, as countryCode finds it; false: no country known.',
    hasPath((node) => `(${node})-[:LOCATED_IN*1..2]->(:Country)`),
  ),
};

export const PlacePresenceWhere = presenceWhere(PLACE_PRESENCE);
export const PLACE_PRESENCE_FILTERS = presenceFilters(PLACE_PRESENCE);
