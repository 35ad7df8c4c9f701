import { InputType } from 'type-graphql';
import { createMutationArgs } from '../../pipelines/write/mutation-args';
import { EntityWriteSpec } from '../../pipelines/write/write-spec';
import { EntityWriteFields, IdField, NameField } from '../../pipelines/write/write-fields';
import { POLICY_DOCUMENT } from './policy-document.definition';
import { POLICY_DOCUMENT_PROPERTIES } from './policy-document.type';
import { addInputFields } from '../../pipelines/write/entity-properties';

/** Fields shared by the create and update inputs: the declared properties' input fields (see PropertyDeclaration). */
@InputType()
abstract class PolicyDocumentFields extends EntityWriteFields {}
addInputFields(PolicyDocumentFields, POLICY_DOCUMENT_PROPERTIES);

/** Input of `createPolicyDocument` and `upsertPolicyDocument`; class-validator rules run before the resolver. */
@InputType({ description: 'A new policy document.' })
export class CreatePolicyDocumentInput extends PolicyDocumentFields {
  @IdField('PolicyDocument', 'policy:bruges-communique-2010') id?: string | null;
  @NameField('Title.') title!: string;
}

/** Input of `updatePolicyDocument`: every field optional; checked again merged with the stored entity. */
@InputType({
  description: 'Changes to a policy document: fields left out are kept, optional fields sent as null are removed.',
})
export class UpdatePolicyDocumentInput extends PolicyDocumentFields {
  @NameField('Title.', { nullable: true }) title?: string | null;
}

/** Argument classes of the PolicyDocument mutations. */
export const PolicyDocumentMutationArgs = createMutationArgs(CreatePolicyDocumentInput, UpdatePolicyDocumentInput);

/** How policy documents are written (see EntityWriteSpec). */
export const POLICY_DOCUMENT_WRITE: EntityWriteSpec = {
  definition: POLICY_DOCUMENT as never,
  nameField: 'title',
  createInput: CreatePolicyDocumentInput,
};
