import { entityWriteInputs } from '../../pipelines/write/entity-write-inputs';
import { PUBLICATION } from './publication.definition';
import { PUBLICATION_PROPERTIES } from './publication.type';

/** The create and update inputs of publications, their mutation arguments and how they are written. */
export const PUBLICATION_MUTATIONS = entityWriteInputs(PUBLICATION, PUBLICATION_PROPERTIES, {
  noun: 'a publication',
  idExample: 'pub:trainers-in-vet-2013',
  name: 'Title.',
  nameField: 'title',
});
