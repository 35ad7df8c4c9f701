import { InputType } from 'type-graphql';
import { createMutationArgs } from '../../pipelines/write/mutation-args';
import { EntityWriteSpec } from '../../pipelines/write/write-spec';
import { EntityWriteFields, IdField, NameField } from '../../pipelines/write/write-fields';
import { PERSON } from './person.definition';
import { PERSON_PROPERTIES } from './person.type';
import { addInputFields } from '../../pipelines/write/entity-properties';

/** Fields shared by the create and update inputs: the declared properties' input fields (see PropertyDeclaration). */
@InputType()
abstract class PersonFields extends EntityWriteFields {}
addInputFields(PersonFields, PERSON_PROPERTIES);

/** Input of `createPerson` and `upsertPerson`; class-validator rules run before the resolver. */
@InputType({ description: 'A new person (in a public role only).' })
export class CreatePersonInput extends PersonFields {
  @IdField('Person', 'person:jane-doe') id?: string | null;
  @NameField('Name of the person.') name!: string;
}

/** Input of `updatePerson`: every field optional; checked again merged with the stored entity. */
@InputType({
  description:
    'Changes to a person (in a public role only): fields left out are kept, optional fields sent as null are removed.',
})
export class UpdatePersonInput extends PersonFields {
  @NameField('Name of the person.', { nullable: true }) name?: string | null;
}

/** Argument classes of the Person mutations. */
export const PersonMutationArgs = createMutationArgs(CreatePersonInput, UpdatePersonInput);

/** How people are written (see EntityWriteSpec). */
export const PERSON_WRITE: EntityWriteSpec = {
  definition: PERSON as never,
  nameField: 'name',
  createInput: CreatePersonInput,
};
