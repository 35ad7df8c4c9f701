import { entityWriteInputs } from '../../pipelines/write/entity-write-inputs';
import { COMPETENCE_STANDARD } from './competence-standard.definition';
import { COMPETENCE_STANDARD_PROPERTIES } from './competence-standard.type';

/** The create and update inputs of competence standards, their mutation arguments and how they are written. */
export const COMPETENCE_STANDARD_MUTATIONS = entityWriteInputs(COMPETENCE_STANDARD, COMPETENCE_STANDARD_PROPERTIES, {
  noun: 'a competence standard',
  idExample: 'standard:ada-de',
  name: 'Name of the standard.',
});
