import { InputType } from 'type-graphql';
import { createMutationArgs } from '../../pipelines/write/mutation-args';
import { EntityWriteSpec } from '../../pipelines/write/write-spec';
import { EntityWriteFields, IdField, NameField } from '../../pipelines/write/write-fields';
import { WORKING_GROUP } from './working-group.definition';
import { WORKING_GROUP_PROPERTIES } from './working-group.type';
import { addInputFields } from '../../pipelines/write/entity-properties';

/** Fields shared by the create and update inputs: the declared properties' input fields (see PropertyDeclaration). */
@InputType()
abstract class WorkingGroupFields extends EntityWriteFields {}
addInputFields(WorkingGroupFields, WORKING_GROUP_PROPERTIES);

/** Input of `createWorkingGroup` and `upsertWorkingGroup`; class-validator rules run before the resolver. */
@InputType({ description: 'A new working group.' })
export class CreateWorkingGroupInput extends WorkingGroupFields {
  @IdField('WorkingGroup', 'wg:et2020-twg-trainers-vet') id?: string | null;
  @NameField('Name of the working group.') name!: string;
}

/** Input of `updateWorkingGroup`: every field optional; checked again merged with the stored entity. */
@InputType({
  description: 'Changes to a working group: fields left out are kept, optional fields sent as null are removed.',
})
export class UpdateWorkingGroupInput extends WorkingGroupFields {
  @NameField('Name of the working group.', { nullable: true }) name?: string | null;
}

/** Argument classes of the WorkingGroup mutations. */
export const WorkingGroupMutationArgs = createMutationArgs(CreateWorkingGroupInput, UpdateWorkingGroupInput);

/** How working groups are written (see EntityWriteSpec). */
export const WORKING_GROUP_WRITE: EntityWriteSpec = {
  definition: WORKING_GROUP as never,
  nameField: 'name',
  createInput: CreateWorkingGroupInput,
};
