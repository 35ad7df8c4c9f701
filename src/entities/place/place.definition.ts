import { countryFilters, defineEntity, sortOn } from '../../graph/define-entity';
import { inCountries, oneOf } from '../../graph/common-filters';
import { PlaceWhere } from './place.inputs';
import { PLACE_PRESENCE_FILTERS } from './place.presence';
import { PLACE_PROPERTIES } from './place.type';

/** How places are stored, ordered and filtered (see EntityDefinition). */
export const PLACE = defineEntity<PlaceWhere>('Place', PLACE_PROPERTIES, {
  sortKeys: { NAME: sortOn('searchKey') },
  filters: {
    ...PLACE_PRESENCE_FILTERS,
    kinds: oneOf('kind'),
    ...countryFilters(inCountries((node) => `(${node})-[:LOCATED_IN*1..2]->(c:Country)`)),
  },
});
