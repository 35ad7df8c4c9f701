import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { DeletePayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { Topic } from './topic.type';
import { CreateTopicInput, TOPIC_WRITE, TopicMutationArgs, UpdateTopicInput } from './topic.write-inputs';

const { CreateArgs, UpdateArgs, DeleteArgs } = TopicMutationArgs;

/** Writes of topics: thin, inputs are validated by type-graphql and written by EntityWriteService. */
@Resolver()
export class TopicMutationResolver {
  @Authorized('editor')
  @Mutation(() => Topic, { nullable: true, description: 'Creates a topic (editor). CONFLICT when the id is taken.' })
  createTopic(@Args(() => CreateArgs) { input }: { input: CreateTopicInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.create(TOPIC_WRITE, input);
  }

  @Authorized('editor')
  @Mutation(() => Topic, { nullable: true, description: 'Changes a topic (editor). NOT_FOUND when there is none with this id.' })
  updateTopic(@Args(() => UpdateArgs) { id, input }: { id: string; input: UpdateTopicInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.update(TOPIC_WRITE, id, input);
  }

  @Authorized('editor')
  @Mutation(() => Topic, { nullable: true, description: 'Creates the topic, or updates it when its id (given or made from the name) exists (editor).' })
  upsertTopic(@Args(() => CreateArgs) { input }: { input: CreateTopicInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.upsert(TOPIC_WRITE, input);
  }

  @Authorized('admin')
  @Mutation(() => DeletePayload, { nullable: true, description: 'Deletes a topic (admin). CONFLICT listing what links to it, unless force: true.' })
  deleteTopic(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.delete(TOPIC_WRITE, id, force);
  }
}
