import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../../server/context';
import { EntityObject } from '../../graph/entity-record';
import { selectionOf, selectsField } from '../../graphql/selection';
import { Topic, TopicConnection } from './topic.type';
import { TopicConnectionArgs } from './topic.inputs';
import { TOPIC } from './topic.definition';
import { TOPIC_RELATIONS } from './topic.relations';
import { EventConnection } from '../event/event.type';
import { EventConnectionArgs } from '../event/event.inputs';
import { PolicyDocumentConnection } from '../policy-document/policy-document.type';
import { PolicyDocumentConnectionArgs } from '../policy-document/policy-document.inputs';
import { PublicationConnection } from '../publication/publication.type';
import { PublicationConnectionArgs } from '../publication/publication.inputs';
import { WorkingGroupConnection } from '../working-group/working-group.type';
import { WorkingGroupConnectionArgs } from '../working-group/working-group.inputs';

/** Queries for topics and the relationship fields of Topic; thin: arguments are validated by type-graphql. */
@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'The Topic with this id, or null.' })
  topic(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id, 'Topic');
  }

  @Query(() => TopicConnection, { nullable: true, description: 'Topics, filtered, ordered and paged (Relay connection).' })
  topics(@Args(() => TopicConnectionArgs) args: TopicConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.entities.list(TOPIC, args, selectsField(info, 'totalCount'), selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events about the topic.' })
  events(@Root() topic: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(topic.id, TOPIC_RELATIONS.events, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications about the topic.' })
  publications(@Root() topic: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(topic.id, TOPIC_RELATIONS.publications, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications that analyse the topic.' })
  analysedInPublications(@Root() topic: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(topic.id, TOPIC_RELATIONS.analysedInPublications, args, selectionOf(info));
  }

  @FieldResolver(() => PolicyDocumentConnection, { description: 'Policy documents about the topic.' })
  policyDocuments(@Root() topic: EntityObject, @Args(() => PolicyDocumentConnectionArgs) args: PolicyDocumentConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(topic.id, TOPIC_RELATIONS.policyDocuments, args, selectionOf(info));
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'Working groups on the topic.' })
  workingGroups(@Root() topic: EntityObject, @Args(() => WorkingGroupConnectionArgs) args: WorkingGroupConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(topic.id, TOPIC_RELATIONS.workingGroups, args, selectionOf(info));
  }
}
