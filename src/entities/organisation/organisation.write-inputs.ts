import { InputType } from 'type-graphql';
import { createMutationArgs } from '../../pipelines/write/mutation-args';
import { EntityWriteSpec } from '../../pipelines/write/write-spec';
import { EntityWriteFields, IdField, NameField } from '../../pipelines/write/write-fields';
import { ORGANISATION } from './organisation.definition';
import { ORGANISATION_PROPERTIES } from './organisation.type';
import { addInputFields } from '../../pipelines/write/entity-properties';

/** Fields shared by the create and update inputs: the declared properties' input fields (see PropertyDeclaration). */
@InputType()
abstract class OrganisationFields extends EntityWriteFields {}
addInputFields(OrganisationFields, ORGANISATION_PROPERTIES);

/** Input of `createOrganisation` and `upsertOrganisation`; class-validator rules run before the resolver. */
@InputType({ description: 'A new organisation.' })
export class CreateOrganisationInput extends OrganisationFields {
  @IdField('Organisation', 'org:forem') id?: string | null;
  @NameField('Full name.') name!: string;
}

/** Input of `updateOrganisation`: every field optional; checked again merged with the stored entity. */
@InputType({
  description: 'Changes to an organisation: fields left out are kept, optional fields sent as null are removed.',
})
export class UpdateOrganisationInput extends OrganisationFields {
  @NameField('Full name.', { nullable: true }) name?: string | null;
}

/** Argument classes of the Organisation mutations. */
export const OrganisationMutationArgs = createMutationArgs(CreateOrganisationInput, UpdateOrganisationInput);

/** How organisations are written (see EntityWriteSpec). */
export const ORGANISATION_WRITE: EntityWriteSpec = {
  definition: ORGANISATION as never,
  nameField: 'name',
  createInput: CreateOrganisationInput,
};
