import { InputType } from 'type-graphql';
import { createMutationArgs } from '../../pipelines/write/mutation-args';
import { EntityWriteSpec } from '../../pipelines/write/write-spec';
import { EntityWriteFields, IdField, NameField } from '../../pipelines/write/write-fields';
import { PLACE } from './place.definition';
import { PLACE_PROPERTIES } from './place.type';
import { addInputFields } from '../../pipelines/write/entity-properties';

/** Fields shared by the create and update inputs: the declared properties' input fields (see PropertyDeclaration). */
@InputType()
abstract class PlaceFields extends EntityWriteFields {}
addInputFields(PlaceFields, PLACE_PROPERTIES);

/** Input of `createPlace` and `upsertPlace`; class-validator rules run before the resolver. */
@InputType({ description: 'A new place.' })
export class CreatePlaceInput extends PlaceFields {
  @IdField('Place', 'place:liege') id?: string | null;
  @NameField('Name of the city or region.') name!: string;
}

/** Input of `updatePlace`: every field optional; checked again merged with the stored entity. */
@InputType({ description: 'Changes to a place: fields left out are kept, optional fields sent as null are removed.' })
export class UpdatePlaceInput extends PlaceFields {
  @NameField('Name of the city or region.', { nullable: true }) name?: string | null;
}

/** Argument classes of the Place mutations. */
export const PlaceMutationArgs = createMutationArgs(CreatePlaceInput, UpdatePlaceInput);

/** How places are written (see EntityWriteSpec). */
export const PLACE_WRITE: EntityWriteSpec = {
  definition: PLACE as never,
  nameField: 'name',
  createInput: CreatePlaceInput,
};
