import { entityWriteInputs } from '../../pipelines/write/entity-write-inputs';
import { WORKING_GROUP } from './working-group.definition';
import { WORKING_GROUP_PROPERTIES } from './working-group.type';

/** The create and update inputs of working groups, their mutation arguments and how they are written. */
export const WORKING_GROUP_MUTATIONS = entityWriteInputs(WORKING_GROUP, WORKING_GROUP_PROPERTIES, {
  noun: 'a working group',
  idExample: 'wg:et2020-twg-trainers-vet',
  name: 'Name of the working group.',
});
