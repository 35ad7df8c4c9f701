import { EntityDefinition } from '../../graph/entity-definition';
import { ENTITY_FILTERS } from '../../graph/common-filters';
import { linkedViaAsOf } from '../../graph/as-of-filters';
import { CountryWhere } from './country.inputs';
import { COUNTRY_PROPERTIES } from './country.type';

/** How countries are stored, ordered and filtered (see EntityDefinition). */
export const COUNTRY: EntityDefinition<CountryWhere> = {
  type: 'Country',
  fields: Object.keys(COUNTRY_PROPERTIES),
  sortKeys: {
    NAME: { property: 'searchKey', kind: 'string' },
    CODE: { property: 'code', kind: 'string' },
  },
  defaultOrder: { field: 'NAME', direction: 'ASC' },
  filters: {
    ...ENTITY_FILTERS,
    codes: (codes, node, params) => `${node}.code IN ${params.add(codes.map((code) => code.toUpperCase()))}`,
    memberOf: linkedViaAsOf((node) => `(${node})-[asOfRel:MEMBER_OF]->(other)`),
  },
};
