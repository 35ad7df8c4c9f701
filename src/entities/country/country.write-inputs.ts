import { Field, InputType } from 'type-graphql';
import { IsString } from 'class-validator';
import { IsCountryCode } from '../../graphql/validators';
import { createMutationArgs } from '../../pipelines/write/mutation-args';
import { EntityWriteSpec } from '../../pipelines/write/write-spec';
import { EntityWriteFields, NameField } from '../../pipelines/write/write-fields';
import { COUNTRY } from './country.definition';
import { COUNTRY_PROPERTIES } from './country.type';
import { addInputFields } from '../../pipelines/write/entity-properties';

/** Fields shared by the create and update inputs: the declared properties' input fields (see PropertyDeclaration). */
@InputType()
abstract class CountryFields extends EntityWriteFields {}
addInputFields(CountryFields, COUNTRY_PROPERTIES);

/** Input of `createCountry` and `upsertCountry`; class-validator rules run before the resolver. */
@InputType({ description: 'A new country; its id is `country:<code>`.' })
export class CreateCountryInput extends CountryFields {
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. BE (stored upper-case); the id is country:<code>.' })
  @IsString()
  @IsCountryCode()
  code!: string;

  @NameField('Name in English, e.g. Belgium.') name!: string;
}

/** Input of `updateCountry`: every field optional; checked again merged with the stored entity. */
@InputType({ description: 'Changes to a country (its code is its id and does not change).' })
export class UpdateCountryInput extends CountryFields {
  @NameField('Name in English, e.g. Belgium.', { nullable: true }) name?: string | null;
}

/** Argument classes of the Country mutations. */
export const CountryMutationArgs = createMutationArgs(CreateCountryInput, UpdateCountryInput);

/** How countries are written (see EntityWriteSpec): the id is always `country:<CODE>`. */
export const COUNTRY_WRITE: EntityWriteSpec = {
  definition: COUNTRY as never,
  nameField: 'name',
  createInput: CreateCountryInput,
  newId: (input) => `country:${String(input.code).toUpperCase()}`,
};
