import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { DeletePayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { Place } from './place.type';
import { CreatePlaceInput, PLACE_WRITE, PlaceMutationArgs, UpdatePlaceInput } from './place.write-inputs';

const { CreateArgs, UpdateArgs, DeleteArgs } = PlaceMutationArgs;

/** Writes of places: thin, inputs are validated by type-graphql and written by EntityWriteService. */
@Resolver()
export class PlaceMutationResolver {
  @Authorized('editor')
  @Mutation(() => Place, { nullable: true, description: 'Creates a place (editor). CONFLICT when the id is taken.' })
  createPlace(@Args(() => CreateArgs) { input }: { input: CreatePlaceInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.create(PLACE_WRITE, input);
  }

  @Authorized('editor')
  @Mutation(() => Place, { nullable: true, description: 'Changes a place (editor). NOT_FOUND when there is none with this id.' })
  updatePlace(@Args(() => UpdateArgs) { id, input }: { id: string; input: UpdatePlaceInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.update(PLACE_WRITE, id, input);
  }

  @Authorized('editor')
  @Mutation(() => Place, { nullable: true, description: 'Creates the place, or updates it when its id (given or made from the name) exists (editor).' })
  upsertPlace(@Args(() => CreateArgs) { input }: { input: CreatePlaceInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.upsert(PLACE_WRITE, input);
  }

  @Authorized('admin')
  @Mutation(() => DeletePayload, { nullable: true, description: 'Deletes a place (admin). CONFLICT listing what links to it, unless force: true.' })
  deletePlace(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.delete(PLACE_WRITE, id, force);
  }
}
