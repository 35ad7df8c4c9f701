import { entityWriteInputs } from '../../pipelines/write/entity-write-inputs';
import { POLICY_DOCUMENT } from './policy-document.definition';
import { POLICY_DOCUMENT_PROPERTIES } from './policy-document.type';

/** The create and update inputs of policy documents, their mutation arguments and how they are written. */
export const POLICY_DOCUMENT_MUTATIONS = entityWriteInputs(POLICY_DOCUMENT, POLICY_DOCUMENT_PROPERTIES, {
  noun: 'a policy document',
  idExample: 'policy:bruges-communique-2010',
  name: 'Title.',
  nameField: 'title',
});
