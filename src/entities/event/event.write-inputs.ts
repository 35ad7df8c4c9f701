import { entityWriteInputs } from '../../pipelines/write/entity-write-inputs';
import { EVENT } from './event.definition';
import { EVENT_PROPERTIES } from './event.type';

/** The create and update inputs of events, their mutation arguments and how they are written. */
export const EVENT_MUTATIONS = entityWriteInputs(EVENT, EVENT_PROPERTIES, {
  noun: 'an event',
  idExample: 'event:pla-trainers-2013-louvain-la-neuve',
  name: 'Name of the event.',
});
