import { InputType } from 'type-graphql';
import { PlaceKind } from '../../graphql/enums';
import { createMutationArgs } from '../write/mutation-args';
import { EntityWriteSpec } from '../write/write-spec';
import { AttributesField, CountryCodeField, EntityWriteFields, EnumField, IdField, NameField } from '../write/write-fields';
import { PLACE } from './place.definition';

/** Fields shared by the create and update inputs. */
@InputType()
abstract class PlaceFields extends EntityWriteFields {
  @EnumField(PlaceKind, 'City or region.') kind?: PlaceKind | null;
  @CountryCodeField('ISO alpha-2 code of its country, e.g. BE.') countryCode?: string | null;
  @AttributesField(PLACE.fields) attributes?: Record<string, unknown> | null;
}

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
export const PLACE_WRITE: EntityWriteSpec = { definition: PLACE as never, nameField: 'name', createInput: CreatePlaceInput };
