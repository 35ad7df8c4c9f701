import { InputType } from 'type-graphql';
import { CompetenceStandardLevel } from '../../graphql/enums';
import { createMutationArgs } from '../write/mutation-args';
import { EntityWriteSpec } from '../write/write-spec';
import { AttributesField, BooleanField, EntityWriteFields, EnumField, IdField, MAX_NAME_LENGTH, NameField, TextField, YearField } from '../write/write-fields';
import { COMPETENCE_STANDARD } from './competence-standard.definition';

/** Fields shared by the create and update inputs. */
@InputType()
abstract class CompetenceStandardFields extends EntityWriteFields {
  @EnumField(CompetenceStandardLevel, 'National, sectoral or company level.') level?: CompetenceStandardLevel | null;
  @TextField('Who it is for, e.g. in-company trainers.') targetGroup?: string | null;
  @YearField('Year it was adopted or first applied.') year?: number | null;
  @BooleanField('Whether it leads to a certificate.') certification?: boolean | null;
  @TextField('Name in the original language.', MAX_NAME_LENGTH) originalName?: string | null;
  @TextField('Body that awards the certificate.', MAX_NAME_LENGTH) awardingBody?: string | null;
  @TextField('Law or regulation it rests on.') legalBasis?: string | null;
  @TextField('One sentence in our own words.') summary?: string | null;
  @AttributesField(COMPETENCE_STANDARD.fields) attributes?: Record<string, unknown> | null;
}

/** Input of `createCompetenceStandard` and `upsertCompetenceStandard`; class-validator rules run before the resolver. */
@InputType({ description: 'A new competence standard.' })
export class CreateCompetenceStandardInput extends CompetenceStandardFields {
  @IdField('CompetenceStandard', 'standard:ada-de') id?: string | null;
  @NameField('Name of the standard.') name!: string;
}

/** Input of `updateCompetenceStandard`: every field optional; checked again merged with the stored entity. */
@InputType({ description: 'Changes to a competence standard: fields left out are kept, optional fields sent as null are removed.' })
export class UpdateCompetenceStandardInput extends CompetenceStandardFields {
  @NameField('Name of the standard.', { nullable: true }) name?: string | null;
}

/** Argument classes of the CompetenceStandard mutations. */
export const CompetenceStandardMutationArgs = createMutationArgs(CreateCompetenceStandardInput, UpdateCompetenceStandardInput);

/** How competence standards are written (see EntityWriteSpec). */
export const COMPETENCE_STANDARD_WRITE: EntityWriteSpec = { definition: COMPETENCE_STANDARD as never, nameField: 'name', createInput: CreateCompetenceStandardInput };
