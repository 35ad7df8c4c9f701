import { InputType } from 'type-graphql';
import { OrganisationKind } from '../../graphql/enums';
import { createMutationArgs } from '../write/mutation-args';
import { EntityWriteSpec } from '../write/write-spec';
import { AttributesField, CountryCodeField, EntityWriteFields, EnumField, IdField, NameField, NameListField, TextField, YearField } from '../write/write-fields';
import { ORGANISATION } from './organisation.definition';

/** Fields shared by the create and update inputs. */
@InputType()
abstract class OrganisationFields extends EntityWriteFields {
  @TextField('Acronym or short name, e.g. Cedefop.', 100) acronym?: string | null;
  @EnumField(OrganisationKind, 'Kind of organisation.') kind?: OrganisationKind | null;
  @CountryCodeField('ISO alpha-2 code of its seat, e.g. BE.') countryCode?: string | null;
  @YearField('Year founded.') founded?: number | null;
  @NameListField('Other names it is known by.') altNames?: string[] | null;
  @TextField('One sentence in our own words.') summary?: string | null;
  @AttributesField(ORGANISATION.fields) attributes?: Record<string, unknown> | null;
}

/** Input of `createOrganisation` and `upsertOrganisation`; class-validator rules run before the resolver. */
@InputType({ description: 'A new organisation.' })
export class CreateOrganisationInput extends OrganisationFields {
  @IdField('Organisation', 'org:forem') id?: string | null;
  @NameField('Full name.') name!: string;
}

/** Input of `updateOrganisation`: every field optional; checked again merged with the stored entity. */
@InputType({ description: 'Changes to an organisation: fields left out are kept, optional fields sent as null are removed.' })
export class UpdateOrganisationInput extends OrganisationFields {
  @NameField('Full name.', { nullable: true }) name?: string | null;
}

/** Argument classes of the Organisation mutations. */
export const OrganisationMutationArgs = createMutationArgs(CreateOrganisationInput, UpdateOrganisationInput);

/** How organisations are written (see EntityWriteSpec). */
export const ORGANISATION_WRITE: EntityWriteSpec = { definition: ORGANISATION as never, nameField: 'name', createInput: CreateOrganisationInput };
