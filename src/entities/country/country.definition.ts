import { defineEntity, sortOn } from '../../graph/define-entity';
import { linkedViaAsOf } from '../../graph/as-of-filters';
import { CountryWhere } from './country.inputs';
import { COUNTRY_PROPERTIES } from './country.type';

/** How countries are stored, ordered and filtered (see EntityDefinition). */
export const COUNTRY = defineEntity<CountryWhere>('Country', COUNTRY_PROPERTIES, {
  sortKeys: { NAME: sortOn('searchKey'), CODE: sortOn('code') },
  filters: {
    codes: (codes, node, params) => `${node}.code IN ${params.add(codes.map((code) => code.toUpperCase()))}`,
    memberOf: linkedViaAsOf((node) => `(${node})-[asOfRel:MEMBER_OF]->(other)`),
  },
});
