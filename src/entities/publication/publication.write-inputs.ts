import { InputType } from 'type-graphql';
import { createMutationArgs } from '../../pipelines/write/mutation-args';
import { EntityWriteSpec } from '../../pipelines/write/write-spec';
import { EntityWriteFields, IdField, NameField } from '../../pipelines/write/write-fields';
import { PUBLICATION } from './publication.definition';
import { PUBLICATION_PROPERTIES } from './publication.type';
import { addInputFields } from '../../pipelines/write/entity-properties';

/** Fields shared by the create and update inputs: the declared properties' input fields (see PropertyDeclaration). */
@InputType()
abstract class PublicationFields extends EntityWriteFields {}
addInputFields(PublicationFields, PUBLICATION_PROPERTIES);

/** Input of `createPublication` and `upsertPublication`; class-validator rules run before the resolver. */
@InputType({ description: 'A new publication.' })
export class CreatePublicationInput extends PublicationFields {
  @IdField('Publication', 'pub:trainers-in-vet-2013') id?: string | null;
  @NameField('Title.') title!: string;
}

/** Input of `updatePublication`: every field optional; checked again merged with the stored entity. */
@InputType({
  description: 'Changes to a publication: fields left out are kept, optional fields sent as null are removed.',
})
export class UpdatePublicationInput extends PublicationFields {
  @NameField('Title.', { nullable: true }) title?: string | null;
}

/** Argument classes of the Publication mutations. */
export const PublicationMutationArgs = createMutationArgs(CreatePublicationInput, UpdatePublicationInput);

/** How publications are written (see EntityWriteSpec). */
export const PUBLICATION_WRITE: EntityWriteSpec = {
  definition: PUBLICATION as never,
  nameField: 'title',
  createInput: CreatePublicationInput,
};
