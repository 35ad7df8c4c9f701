import { InputType } from 'type-graphql';
import { PolicyDocumentKind } from '../../graphql/enums';
import { createMutationArgs } from '../write/mutation-args';
import { EntityWriteSpec } from '../write/write-spec';
import { AttributesField, DateField, EntityWriteFields, EnumField, IdField, NameField, TextField, YearField } from '../write/write-fields';
import { POLICY_DOCUMENT } from './policy-document.definition';

/** Fields shared by the create and update inputs. */
@InputType()
abstract class PolicyDocumentFields extends EntityWriteFields {
  @EnumField(PolicyDocumentKind, 'Kind of document.') kind?: PolicyDocumentKind | null;
  @DateField('Date adopted or signed.') date?: string | null;
  @YearField('Year adopted; derived from date when left out, and must match it.', { yearOf: ['date'] }) year?: number | null;
  @TextField('Official reference (e.g. OJ number).', 200) reference?: string | null;
  @TextField('One sentence in our own words.') summary?: string | null;
  @AttributesField(POLICY_DOCUMENT.fields) attributes?: Record<string, unknown> | null;
}

/** Input of `createPolicyDocument` and `upsertPolicyDocument`; class-validator rules run before the resolver. */
@InputType({ description: 'A new policy document.' })
export class CreatePolicyDocumentInput extends PolicyDocumentFields {
  @IdField('PolicyDocument', 'policy:bruges-communique-2010') id?: string | null;
  @NameField('Title.') title!: string;
}

/** Input of `updatePolicyDocument`: every field optional; checked again merged with the stored entity. */
@InputType({ description: 'Changes to a policy document: fields left out are kept, optional fields sent as null are removed.' })
export class UpdatePolicyDocumentInput extends PolicyDocumentFields {
  @NameField('Title.', { nullable: true }) title?: string | null;
}

/** Argument classes of the PolicyDocument mutations. */
export const PolicyDocumentMutationArgs = createMutationArgs(CreatePolicyDocumentInput, UpdatePolicyDocumentInput);

/** How policy documents are written (see EntityWriteSpec). */
export const POLICY_DOCUMENT_WRITE: EntityWriteSpec = { definition: POLICY_DOCUMENT as never, nameField: 'title', createInput: CreatePolicyDocumentInput };
