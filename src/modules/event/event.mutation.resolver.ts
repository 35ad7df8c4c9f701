import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { DeletePayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { Event } from './event.type';
import { CreateEventInput, EVENT_WRITE, EventMutationArgs, UpdateEventInput } from './event.write-inputs';

const { CreateArgs, UpdateArgs, DeleteArgs } = EventMutationArgs;

/** Writes of events: thin, inputs are validated by type-graphql and written by EntityWriteService. */
@Resolver()
export class EventMutationResolver {
  @Authorized('editor')
  @Mutation(() => Event, { nullable: true, description: 'Creates an event (editor). CONFLICT when the id is taken.' })
  createEvent(@Args(() => CreateArgs) { input }: { input: CreateEventInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.create(EVENT_WRITE, input);
  }

  @Authorized('editor')
  @Mutation(() => Event, { nullable: true, description: 'Changes an event (editor). NOT_FOUND when there is none with this id.' })
  updateEvent(@Args(() => UpdateArgs) { id, input }: { id: string; input: UpdateEventInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.update(EVENT_WRITE, id, input);
  }

  @Authorized('editor')
  @Mutation(() => Event, { nullable: true, description: 'Creates the event, or updates it when its id (given or made from the name) exists (editor).' })
  upsertEvent(@Args(() => CreateArgs) { input }: { input: CreateEventInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.upsert(EVENT_WRITE, input);
  }

  @Authorized('admin')
  @Mutation(() => DeletePayload, { nullable: true, description: 'Deletes an event (admin). CONFLICT listing what links to it, unless force: true.' })
  deleteEvent(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.delete(EVENT_WRITE, id, force);
  }
}
