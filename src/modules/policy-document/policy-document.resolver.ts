import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../../server/context';
import { EntityObject } from '../../graph/entity-record';
import { selectionOf, selectsField } from '../../graphql/selection';
import { PolicyDocument, PolicyDocumentConnection } from './policy-document.type';
import { PolicyDocumentConnectionArgs } from './policy-document.inputs';
import { POLICY_DOCUMENT } from './policy-document.definition';
import { POLICY_DOCUMENT_RELATIONS } from './policy-document.relations';
import { EventConnection } from '../event/event.type';
import { EventConnectionArgs } from '../event/event.inputs';
import { OrganisationConnection } from '../organisation/organisation.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.inputs';
import { PublicationConnection } from '../publication/publication.type';
import { PublicationConnectionArgs } from '../publication/publication.inputs';
import { TopicConnection } from '../topic/topic.type';
import { TopicConnectionArgs } from '../topic/topic.inputs';
import { WorkingGroupConnection } from '../working-group/working-group.type';
import { WorkingGroupConnectionArgs } from '../working-group/working-group.inputs';

/** Queries for policyDocuments and the relationship fields of PolicyDocument; thin: arguments are validated by type-graphql. */
@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver {
  @Query(() => PolicyDocument, { nullable: true, description: 'The PolicyDocument with this id, or null.' })
  policyDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id, 'PolicyDocument');
  }

  @Query(() => PolicyDocumentConnection, { nullable: true, description: 'PolicyDocuments, filtered, ordered and paged (Relay connection).' })
  policyDocuments(@Args(() => PolicyDocumentConnectionArgs) args: PolicyDocumentConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.entities.list(POLICY_DOCUMENT, args, selectsField(info, 'totalCount'), selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations that adopted it.' })
  adoptedBy(@Root() policyDocument: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(policyDocument.id, POLICY_DOCUMENT_RELATIONS.adoptedBy, args, selectionOf(info));
  }

  @FieldResolver(() => PolicyDocumentConnection, { description: 'Policy documents it cites or builds on.' })
  citedPolicyDocuments(@Root() policyDocument: EntityObject, @Args(() => PolicyDocumentConnectionArgs) args: PolicyDocumentConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(policyDocument.id, POLICY_DOCUMENT_RELATIONS.citedPolicyDocuments, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications it cites.' })
  citedPublications(@Root() policyDocument: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(policyDocument.id, POLICY_DOCUMENT_RELATIONS.citedPublications, args, selectionOf(info));
  }

  @FieldResolver(() => PolicyDocumentConnection, { description: 'Policy documents that cite it.' })
  citedByPolicyDocuments(@Root() policyDocument: EntityObject, @Args(() => PolicyDocumentConnectionArgs) args: PolicyDocumentConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(policyDocument.id, POLICY_DOCUMENT_RELATIONS.citedByPolicyDocuments, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications that cite it.' })
  citedByPublications(@Root() policyDocument: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(policyDocument.id, POLICY_DOCUMENT_RELATIONS.citedByPublications, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events whose pages cite it.' })
  citedByEvents(@Root() policyDocument: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(policyDocument.id, POLICY_DOCUMENT_RELATIONS.citedByEvents, args, selectionOf(info));
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'Working groups it mandates.' })
  mandatedWorkingGroups(@Root() policyDocument: EntityObject, @Args(() => WorkingGroupConnectionArgs) args: WorkingGroupConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(policyDocument.id, POLICY_DOCUMENT_RELATIONS.mandatedWorkingGroups, args, selectionOf(info));
  }

  @FieldResolver(() => TopicConnection, { description: 'Topics it is about.' })
  topics(@Root() policyDocument: EntityObject, @Args(() => TopicConnectionArgs) args: TopicConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(policyDocument.id, POLICY_DOCUMENT_RELATIONS.topics, args, selectionOf(info));
  }
}
