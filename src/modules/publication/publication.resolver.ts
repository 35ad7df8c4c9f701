import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../../server/context';
import { EntityObject } from '../../graph/entity-record';
import { selectionOf, selectsField } from '../../graphql/selection';
import { Publication, PublicationConnection } from './publication.type';
import { PublicationConnectionArgs } from './publication.inputs';
import { PUBLICATION } from './publication.definition';
import { PUBLICATION_RELATIONS } from './publication.relations';
import { CompetenceStandardConnection } from '../competence-standard/competence-standard.type';
import { CompetenceStandardConnectionArgs } from '../competence-standard/competence-standard.inputs';
import { CountryConnection } from '../country/country.type';
import { CountryConnectionArgs } from '../country/country.inputs';
import { EventConnection } from '../event/event.type';
import { EventConnectionArgs } from '../event/event.inputs';
import { OrganisationConnection } from '../organisation/organisation.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.inputs';
import { PersonConnection } from '../person/person.type';
import { PersonConnectionArgs } from '../person/person.inputs';
import { PolicyDocumentConnection } from '../policy-document/policy-document.type';
import { PolicyDocumentConnectionArgs } from '../policy-document/policy-document.inputs';
import { TopicConnection } from '../topic/topic.type';
import { TopicConnectionArgs } from '../topic/topic.inputs';

/** Queries for publications and the relationship fields of Publication; thin: arguments are validated by type-graphql. */
@Resolver(() => Publication)
export class PublicationResolver {
  @Query(() => Publication, { nullable: true, description: 'The Publication with this id, or null.' })
  publication(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id, 'Publication');
  }

  @Query(() => PublicationConnection, { nullable: true, description: 'Publications, filtered, ordered and paged (Relay connection).' })
  publications(@Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.entities.list(PUBLICATION, args, selectsField(info, 'totalCount'), selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations that published it.' })
  publishedBy(@Root() publication: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.publishedBy, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications it cites.' })
  citedPublications(@Root() publication: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.citedPublications, args, selectionOf(info));
  }

  @FieldResolver(() => PolicyDocumentConnection, { description: 'Policy documents it cites.' })
  citedPolicyDocuments(@Root() publication: EntityObject, @Args(() => PolicyDocumentConnectionArgs) args: PolicyDocumentConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.citedPolicyDocuments, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications that cite it.' })
  citedByPublications(@Root() publication: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.citedByPublications, args, selectionOf(info));
  }

  @FieldResolver(() => PolicyDocumentConnection, { description: 'Policy documents that cite it.' })
  citedByPolicyDocuments(@Root() publication: EntityObject, @Args(() => PolicyDocumentConnectionArgs) args: PolicyDocumentConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.citedByPolicyDocuments, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events whose pages cite it.' })
  citedByEvents(@Root() publication: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.citedByEvents, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events where it was presented.' })
  presentedAt(@Root() publication: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.presentedAt, args, selectionOf(info));
  }

  @FieldResolver(() => CompetenceStandardConnection, { description: 'Competence standards it analyses.' })
  analysedStandards(@Root() publication: EntityObject, @Args(() => CompetenceStandardConnectionArgs) args: CompetenceStandardConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.analysedStandards, args, selectionOf(info));
  }

  @FieldResolver(() => CountryConnection, { description: 'Countries it analyses.' })
  analysedCountries(@Root() publication: EntityObject, @Args(() => CountryConnectionArgs) args: CountryConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.analysedCountries, args, selectionOf(info));
  }

  @FieldResolver(() => TopicConnection, { description: 'Topics it analyses.' })
  analysedTopics(@Root() publication: EntityObject, @Args(() => TopicConnectionArgs) args: TopicConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.analysedTopics, args, selectionOf(info));
  }

  @FieldResolver(() => TopicConnection, { description: 'Topics it is about.' })
  topics(@Root() publication: EntityObject, @Args(() => TopicConnectionArgs) args: TopicConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.topics, args, selectionOf(info));
  }

  @FieldResolver(() => PersonConnection, { description: 'Contact persons for it.' })
  contacts(@Root() publication: EntityObject, @Args(() => PersonConnectionArgs) args: PersonConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(publication.id, PUBLICATION_RELATIONS.contacts, args, selectionOf(info));
  }
}
