import { defineEntity, sortOn } from '../../graph/define-entity';
import { TopicWhere } from './topic.inputs';
import { TOPIC_PROPERTIES } from './topic.type';

/** How topics are stored, ordered and filtered (see EntityDefinition). */
export const TOPIC = defineEntity<TopicWhere>('Topic', TOPIC_PROPERTIES, {
  sortKeys: { NAME: sortOn('searchKey') },
  filters: {},
});
