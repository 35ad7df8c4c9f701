import { EntityDefinition } from '../../graph/entity-definition';
import { ENTITY_FILTERS } from '../../graph/common-filters';
import { TopicWhere } from './topic.inputs';
import { TOPIC_PROPERTIES } from './topic.type';

/** How topics are stored, ordered and filtered (see EntityDefinition). */
export const TOPIC: EntityDefinition<TopicWhere> = {
  type: 'Topic',
  fields: Object.keys(TOPIC_PROPERTIES),
  sortKeys: {
    NAME: { property: 'searchKey', kind: 'string' },
  },
  defaultOrder: { field: 'NAME', direction: 'ASC' },
  filters: {
    ...ENTITY_FILTERS,
  },
};
