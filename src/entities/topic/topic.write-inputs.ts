import { entityWriteInputs } from '../../pipelines/write/entity-write-inputs';
import { TOPIC } from './topic.definition';
import { TOPIC_PROPERTIES } from './topic.type';

/** The create and update inputs of topics, their mutation arguments and how they are written. */
export const TOPIC_MUTATIONS = entityWriteInputs(TOPIC, TOPIC_PROPERTIES, {
  noun: 'a topic',
  idExample: 'topic:in-company-trainers',
  name: 'Name of the topic.',
});
