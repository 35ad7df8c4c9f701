import { EntityDefinition } from '../../graph/entity-definition';
import { idIn, linkedVia, nameContains, relatedTo } from '../../graph/common-filters';
import { PersonWhere } from './person.inputs';

/** How people are stored, ordered and filtered (see EntityDefinition). */
export const PERSON: EntityDefinition<PersonWhere> = {
  type: 'Person',
  fields: ['role'],
  sortKeys: {
    NAME: { property: 'searchKey', kind: 'string' },
  },
  defaultOrder: { field: 'NAME', direction: 'ASC' },
  filters: {
    ids: idIn,
    nameContains,
    relatedTo,
    worksFor: linkedVia('(NODE)-[:WORKS_FOR]->(other)'),
  },
};
