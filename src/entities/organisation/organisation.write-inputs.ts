import { entityWriteInputs } from '../../pipelines/write/entity-write-inputs';
import { ORGANISATION } from './organisation.definition';
import { ORGANISATION_PROPERTIES } from './organisation.type';

/** The create and update inputs of organisations, their mutation arguments and how they are written. */
export const ORGANISATION_MUTATIONS = entityWriteInputs(ORGANISATION, ORGANISATION_PROPERTIES, {
  noun: 'an organisation',
  idExample: 'org:forem',
  name: 'Full name.',
});
