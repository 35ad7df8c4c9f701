import { entityWriteInputs } from '../../pipelines/write/entity-write-inputs';
import { PERSON } from './person.definition';
import { PERSON_PROPERTIES } from './person.type';

/** The create and update inputs of people, their mutation arguments and how they are written. */
export const PERSON_MUTATIONS = entityWriteInputs(PERSON, PERSON_PROPERTIES, {
  noun: 'a person',
  inputNoun: 'a person (in a public role only)',
  idExample: 'person:jane-doe',
  name: 'Name of the person.',
});
