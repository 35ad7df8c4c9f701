import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { DeletePayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { Person } from './person.type';
import { CreatePersonInput, PERSON_WRITE, PersonMutationArgs, UpdatePersonInput } from './person.write-inputs';

const { CreateArgs, UpdateArgs, DeleteArgs } = PersonMutationArgs;

/** Writes of people: thin, inputs are validated by type-graphql and written by EntityWriteService. */
@Resolver()
export class PersonMutationResolver {
  @Authorized('editor')
  @Mutation(() => Person, { nullable: true, description: 'Creates a person (editor). CONFLICT when the id is taken.' })
  createPerson(@Args(() => CreateArgs) { input }: { input: CreatePersonInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.create(PERSON_WRITE, input);
  }

  @Authorized('editor')
  @Mutation(() => Person, { nullable: true, description: 'Changes a person (editor). NOT_FOUND when there is none with this id.' })
  updatePerson(@Args(() => UpdateArgs) { id, input }: { id: string; input: UpdatePersonInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.update(PERSON_WRITE, id, input);
  }

  @Authorized('editor')
  @Mutation(() => Person, { nullable: true, description: 'Creates the person, or updates it when its id (given or made from the name) exists (editor).' })
  upsertPerson(@Args(() => CreateArgs) { input }: { input: CreatePersonInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.upsert(PERSON_WRITE, input);
  }

  @Authorized('admin')
  @Mutation(() => DeletePayload, { nullable: true, description: 'Deletes a person (admin). CONFLICT listing what links to it, unless force: true.' })
  deletePerson(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.delete(PERSON_WRITE, id, force);
  }
}
