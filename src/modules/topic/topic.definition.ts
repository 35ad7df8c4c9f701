import { EntityDefinition } from '../../graph/entity-definition';
import { idIn, nameContains, relatedTo } from '../../graph/common-filters';
import { TopicWhere } from './topic.inputs';

/** How topics are stored, ordered and filtered (see EntityDefinition). */
export const TOPIC: EntityDefinition<TopicWhere> = {
  type: 'Topic',
  fields: [],
  sortKeys: {
    NAME: { property: 'searchKey', kind: 'string' },
  },
  defaultOrder: { field: 'NAME', direction: 'ASC' },
  filters: {
    ids: idIn,
    nameContains,
    relatedTo,

  },
};
