import { EntityDefinition } from '../../graph/entity-definition';
import { ENTITY_FILTERS, inCountries, inCountry, oneOf } from '../../graph/common-filters';
import { PlaceWhere } from './place.inputs';
import { PLACE_PRESENCE_FILTERS } from './place.presence';
import { PLACE_PROPERTIES } from './place.type';

const inPlaceCountries = inCountries((node) => `(${node})-[:LOCATED_IN*1..2]->(c:Country)`);

/** How places are stored, ordered and filtered (see EntityDefinition). */
export const PLACE: EntityDefinition<PlaceWhere> = {
  type: 'Place',
  fields: Object.keys(PLACE_PROPERTIES),
  sortKeys: {
    NAME: { property: 'searchKey', kind: 'string' },
  },
  defaultOrder: { field: 'NAME', direction: 'ASC' },
  filters: {
    ...PLACE_PRESENCE_FILTERS,
    ...ENTITY_FILTERS,
    kinds: oneOf('kind'),
    countryCode: inCountry(inPlaceCountries),
    countryCodes: inPlaceCountries,
  },
};
