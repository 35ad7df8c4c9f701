import { EntityDefinition } from '../../graph/entity-definition';
import { ENTITY_FILTERS, linkedVia } from '../../graph/common-filters';
import { PersonWhere } from './person.inputs';
import { PERSON_PROPERTIES } from './person.type';

/** How people are stored, ordered and filtered (see EntityDefinition). */
export const PERSON: EntityDefinition<PersonWhere> = {
  type: 'Person',
  fields: Object.keys(PERSON_PROPERTIES),
  sortKeys: {
    NAME: { property: 'searchKey', kind: 'string' },
  },
  defaultOrder: { field: 'NAME', direction: 'ASC' },
  filters: {
    ...ENTITY_FILTERS,
    worksFor: linkedVia((node) => `(${node})-[:WORKS_FOR]->(other)`),
  },
};
