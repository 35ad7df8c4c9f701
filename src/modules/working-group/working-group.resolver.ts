import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../../server/context';
import { EntityObject } from '../../graph/entity-record';
import { selectionOf, selectsField } from '../../graphql/selection';
import { AsOfArgs } from '../../graphql/as-of.args';
import { WorkingGroup, WorkingGroupConnection } from './working-group.type';
import { WorkingGroupConnectionArgs } from './working-group.inputs';
import { WORKING_GROUP } from './working-group.definition';
import { WORKING_GROUP_RELATIONS } from './working-group.relations';
import { CountryConnection } from '../country/country.type';
import { CountryConnectionArgs } from '../country/country.inputs';
import { EventConnection } from '../event/event.type';
import { EventConnectionArgs } from '../event/event.inputs';
import { OrganisationConnection } from '../organisation/organisation.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.inputs';
import { PolicyDocumentConnection } from '../policy-document/policy-document.type';
import { PolicyDocumentConnectionArgs } from '../policy-document/policy-document.inputs';
import { TopicConnection } from '../topic/topic.type';
import { TopicConnectionArgs } from '../topic/topic.inputs';

/** Queries for workingGroups and the relationship fields of WorkingGroup; thin: arguments are validated by type-graphql. */
@Resolver(() => WorkingGroup)
export class WorkingGroupResolver {
  @Query(() => WorkingGroup, { nullable: true, description: 'The WorkingGroup with this id, or null.' })
  workingGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id, 'WorkingGroup');
  }

  @Query(() => WorkingGroupConnection, { nullable: true, description: 'WorkingGroups, filtered, ordered and paged (Relay connection).' })
  workingGroups(@Args(() => WorkingGroupConnectionArgs) args: WorkingGroupConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.entities.list(WORKING_GROUP, args, selectsField(info, 'totalCount'), selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events the group organised: its meetings and peer learning activities.' })
  events(@Root() workingGroup: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(workingGroup.id, WORKING_GROUP_RELATIONS.events, args, selectionOf(info));
  }

  @FieldResolver(() => PolicyDocumentConnection, { description: 'Policy documents that mandate the group.' })
  mandatedBy(@Root() workingGroup: EntityObject, @Args(() => PolicyDocumentConnectionArgs) args: PolicyDocumentConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(workingGroup.id, WORKING_GROUP_RELATIONS.mandatedBy, args, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations that coordinate the group.' })
  coordinatedBy(@Root() workingGroup: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(workingGroup.id, WORKING_GROUP_RELATIONS.coordinatedBy, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Member organisations.' })
  members(@Root() workingGroup: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(workingGroup.id, WORKING_GROUP_RELATIONS.members, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => CountryConnection, { description: 'Member countries.' })
  memberCountries(@Root() workingGroup: EntityObject, @Args(() => CountryConnectionArgs) args: CountryConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(workingGroup.id, WORKING_GROUP_RELATIONS.memberCountries, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'The group this one is part of.' })
  partOf(@Root() workingGroup: EntityObject, @Args(() => WorkingGroupConnectionArgs) args: WorkingGroupConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(workingGroup.id, WORKING_GROUP_RELATIONS.partOf, args, selectionOf(info));
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'Groups that are part of this one.' })
  subgroups(@Root() workingGroup: EntityObject, @Args(() => WorkingGroupConnectionArgs) args: WorkingGroupConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(workingGroup.id, WORKING_GROUP_RELATIONS.subgroups, args, selectionOf(info));
  }

  @FieldResolver(() => TopicConnection, { description: 'Topics the group works on.' })
  topics(@Root() workingGroup: EntityObject, @Args(() => TopicConnectionArgs) args: TopicConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(workingGroup.id, WORKING_GROUP_RELATIONS.topics, args, selectionOf(info));
  }
}
