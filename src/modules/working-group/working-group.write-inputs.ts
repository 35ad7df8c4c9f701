import { InputType } from 'type-graphql';
import { createMutationArgs } from '../write/mutation-args';
import { EntityWriteSpec } from '../write/write-spec';
import { AttributesField, EntityWriteFields, IdField, NameField, TextField, YearField } from '../write/write-fields';
import { WORKING_GROUP } from './working-group.definition';

/** Fields shared by the create and update inputs. */
@InputType()
abstract class WorkingGroupFields extends EntityWriteFields {
  @TextField('Policy framework, e.g. ET 2020.', 200) framework?: string | null;
  @YearField('Year it started.') startYear?: number | null;
  @YearField('Year it ended; not before startYear.', { notBefore: 'startYear' }) endYear?: number | null;
  @TextField('One sentence in our own words.') summary?: string | null;
  @AttributesField(WORKING_GROUP.fields) attributes?: Record<string, unknown> | null;
}

/** Input of `createWorkingGroup` and `upsertWorkingGroup`; class-validator rules run before the resolver. */
@InputType({ description: 'A new working group.' })
export class CreateWorkingGroupInput extends WorkingGroupFields {
  @IdField('WorkingGroup', 'wg:et2020-twg-trainers-vet') id?: string | null;
  @NameField('Name of the working group.') name!: string;
}

/** Input of `updateWorkingGroup`: every field optional; checked again merged with the stored entity. */
@InputType({ description: 'Changes to a working group: fields left out are kept, optional fields sent as null are removed.' })
export class UpdateWorkingGroupInput extends WorkingGroupFields {
  @NameField('Name of the working group.', { nullable: true }) name?: string | null;
}

/** Argument classes of the WorkingGroup mutations. */
export const WorkingGroupMutationArgs = createMutationArgs(CreateWorkingGroupInput, UpdateWorkingGroupInput);

/** How working groups are written (see EntityWriteSpec). */
export const WORKING_GROUP_WRITE: EntityWriteSpec = { definition: WORKING_GROUP as never, nameField: 'name', createInput: CreateWorkingGroupInput };
