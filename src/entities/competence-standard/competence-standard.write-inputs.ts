import { InputType } from 'type-graphql';
import { createMutationArgs } from '../../pipelines/write/mutation-args';
import { EntityWriteSpec } from '../../pipelines/write/write-spec';
import { EntityWriteFields, IdField, NameField } from '../../pipelines/write/write-fields';
import { COMPETENCE_STANDARD } from './competence-standard.definition';
import { COMPETENCE_STANDARD_PROPERTIES } from './competence-standard.type';
import { addInputFields } from '../../pipelines/write/entity-properties';

/** Fields shared by the create and update inputs: the declared properties' input fields (see PropertyDeclaration). */
@InputType()
abstract class CompetenceStandardFields extends EntityWriteFields {}
addInputFields(CompetenceStandardFields, COMPETENCE_STANDARD_PROPERTIES);

/** Input of `createCompetenceStandard` and `upsertCompetenceStandard`; class-validator rules run before the resolver. */
@InputType({ description: 'A new competence standard.' })
export class CreateCompetenceStandardInput extends CompetenceStandardFields {
  @IdField('CompetenceStandard', 'standard:ada-de') id?: string | null;
  @NameField('Name of the standard.') name!: string;
}

/** Input of `updateCompetenceStandard`: every field optional; checked again merged with the stored entity. */
@InputType({
  description: 'Changes to a competence standard: fields left out are kept, optional fields sent as null are removed.',
})
export class UpdateCompetenceStandardInput extends CompetenceStandardFields {
  @NameField('Name of the standard.', { nullable: true }) name?: string | null;
}

/** Argument classes of the CompetenceStandard mutations. */
export const CompetenceStandardMutationArgs = createMutationArgs(
  CreateCompetenceStandardInput,
  UpdateCompetenceStandardInput,
);

/** How competence standards are written (see EntityWriteSpec). */
export const COMPETENCE_STANDARD_WRITE: EntityWriteSpec = {
  definition: COMPETENCE_STANDARD as never,
  nameField: 'name',
  createInput: CreateCompetenceStandardInput,
};
