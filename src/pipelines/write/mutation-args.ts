import { ArgsType, ClassType, Field, ID } from 'type-graphql';
import { ValidateNested } from 'class-validator';

/** The argument classes of one entity type's mutations (see {@link createMutationArgs}). */
export interface MutationArgClasses<C, U> {
  /** `(input: Create<Type>Input!)` for create and upsert. */
  CreateArgs: ClassType<{ input: C }>;
  /** `(id: ID!, input: Update<Type>Input!)`. */
  UpdateArgs: ClassType<{ id: string; input: U }>;
  /** `(id: ID!, force: Boolean = false)`. */
  DeleteArgs: ClassType<{ id: string; force: boolean }>;
}

/**
 * Argument classes for create/upsert, update and delete of one entity type. Inputs sit under an `input` argument
 * validated as a nested object, so a failing field reads `input.title` in the BAD_USER_INPUT error.
 */
export function createMutationArgs<C extends object, U extends object>(
  Create: ClassType<C>,
  Update: ClassType<U>,
): MutationArgClasses<C, U> {
  @ArgsType()
  class CreateArgs {
    @Field(() => Create) @ValidateNested() input!: C;
  }

  @ArgsType()
  class UpdateArgs {
    @Field(() => ID, { description: 'Id of the entity to change.' }) id!: string;
    @Field(() => Update, {
      description: 'The fields to change; a field sent as null is removed, one left out is kept.',
    })
    @ValidateNested()
    input!: U;
  }

  @ArgsType()
  class DeleteArgs {
    @Field(() => ID, { description: 'Id of the entity to delete.' }) id!: string;
    @Field({
      defaultValue: false,
      description:
        'Also remove its relationships; without it, a linked entity is not deleted and the error lists what links to ' +
        'it.',
    })
    force!: boolean;
  }

  return { CreateArgs, UpdateArgs, DeleteArgs };
}
