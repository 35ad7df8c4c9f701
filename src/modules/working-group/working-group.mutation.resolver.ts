import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { DeletePayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { WorkingGroup } from './working-group.type';
import { CreateWorkingGroupInput, WORKING_GROUP_WRITE, WorkingGroupMutationArgs, UpdateWorkingGroupInput } from './working-group.write-inputs';

const { CreateArgs, UpdateArgs, DeleteArgs } = WorkingGroupMutationArgs;

/** Writes of working groups: thin, inputs are validated by type-graphql and written by EntityWriteService. */
@Resolver()
export class WorkingGroupMutationResolver {
  @Authorized('editor')
  @Mutation(() => WorkingGroup, { nullable: true, description: 'Creates a working group (editor). CONFLICT when the id is taken.' })
  createWorkingGroup(@Args(() => CreateArgs) { input }: { input: CreateWorkingGroupInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.create(WORKING_GROUP_WRITE, input);
  }

  @Authorized('editor')
  @Mutation(() => WorkingGroup, { nullable: true, description: 'Changes a working group (editor). NOT_FOUND when there is none with this id.' })
  updateWorkingGroup(@Args(() => UpdateArgs) { id, input }: { id: string; input: UpdateWorkingGroupInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.update(WORKING_GROUP_WRITE, id, input);
  }

  @Authorized('editor')
  @Mutation(() => WorkingGroup, { nullable: true, description: 'Creates the working group, or updates it when its id (given or made from the name) exists (editor).' })
  upsertWorkingGroup(@Args(() => CreateArgs) { input }: { input: CreateWorkingGroupInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.upsert(WORKING_GROUP_WRITE, input);
  }

  @Authorized('admin')
  @Mutation(() => DeletePayload, { nullable: true, description: 'Deletes a working group (admin). CONFLICT listing what links to it, unless force: true.' })
  deleteWorkingGroup(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.delete(WORKING_GROUP_WRITE, id, force);
  }
}
