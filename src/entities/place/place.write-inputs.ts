import { entityWriteInputs } from '../../pipelines/write/entity-write-inputs';
import { PLACE } from './place.definition';
import { PLACE_PROPERTIES } from './place.type';

/** The create and update inputs of places, their mutation arguments and how they are written. */
export const PLACE_MUTATIONS = entityWriteInputs(PLACE, PLACE_PROPERTIES, {
  noun: 'a place',
  idExample: 'place:liege',
  name: 'Name of the city or region.',
});
