import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../../server/context';
import { EntityObject } from '../../graph/entity-record';
import { selectionOf, selectsField } from '../../graphql/selection';
import { Event, EventConnection } from './event.type';
import { EventConnectionArgs } from './event.inputs';
import { EVENT } from './event.definition';
import { EVENT_RELATIONS } from './event.relations';
import { CompetenceStandardConnection } from '../competence-standard/competence-standard.type';
import { CompetenceStandardConnectionArgs } from '../competence-standard/competence-standard.inputs';
import { CountryConnection } from '../country/country.type';
import { CountryConnectionArgs } from '../country/country.inputs';
import { OrganisationConnection } from '../organisation/organisation.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.inputs';
import { PersonConnection } from '../person/person.type';
import { PersonConnectionArgs } from '../person/person.inputs';
import { PlaceConnection } from '../place/place.type';
import { PlaceConnectionArgs } from '../place/place.inputs';
import { PolicyDocumentConnection } from '../policy-document/policy-document.type';
import { PolicyDocumentConnectionArgs } from '../policy-document/policy-document.inputs';
import { PublicationConnection } from '../publication/publication.type';
import { PublicationConnectionArgs } from '../publication/publication.inputs';
import { TopicConnection } from '../topic/topic.type';
import { TopicConnectionArgs } from '../topic/topic.inputs';
import { WorkingGroupConnection } from '../working-group/working-group.type';
import { WorkingGroupConnectionArgs } from '../working-group/working-group.inputs';

/** Queries for events and the relationship fields of Event; thin: arguments are validated by type-graphql. */
@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'The Event with this id, or null.' })
  event(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id, 'Event');
  }

  @Query(() => EventConnection, { nullable: true, description: 'Events, filtered, ordered and paged (Relay connection).' })
  events(@Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.entities.list(EVENT, args, selectsField(info, 'totalCount'), selectionOf(info));
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'Working groups that organised the event.' })
  workingGroups(@Root() event: EntityObject, @Args(() => WorkingGroupConnectionArgs) args: WorkingGroupConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.workingGroups, args, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations that organised the event.' })
  organisers(@Root() event: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.organisers, args, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations that hosted the event.' })
  hostedBy(@Root() event: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.hostedBy, args, selectionOf(info));
  }

  @FieldResolver(() => PlaceConnection, { description: 'Places (cities, regions) where it was held.' })
  heldIn(@Root() event: EntityObject, @Args(() => PlaceConnectionArgs) args: PlaceConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.heldIn, args, selectionOf(info));
  }

  @FieldResolver(() => CountryConnection, { description: 'Countries where it was held, directly or through its places.' })
  countries(@Root() event: EntityObject, @Args(() => CountryConnectionArgs) args: CountryConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.countries, args, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations that took part.' })
  participants(@Root() event: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.participants, args, selectionOf(info));
  }

  @FieldResolver(() => CountryConnection, { description: 'Countries that took part.' })
  participatingCountries(@Root() event: EntityObject, @Args(() => CountryConnectionArgs) args: CountryConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.participatingCountries, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'The event series this event is part of.' })
  partOf(@Root() event: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.partOf, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events that are part of this series.' })
  parts(@Root() event: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.parts, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Earlier events this one follows on from.' })
  follows(@Root() event: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.follows, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Later events that follow on from this one.' })
  followedBy(@Root() event: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.followedBy, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications cited by the event.' })
  citedPublications(@Root() event: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.citedPublications, args, selectionOf(info));
  }

  @FieldResolver(() => PolicyDocumentConnection, { description: 'Policy documents cited by the event.' })
  citedPolicyDocuments(@Root() event: EntityObject, @Args(() => PolicyDocumentConnectionArgs) args: PolicyDocumentConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.citedPolicyDocuments, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications presented at the event.' })
  presentedPublications(@Root() event: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.presentedPublications, args, selectionOf(info));
  }

  @FieldResolver(() => CompetenceStandardConnection, { description: 'Competence standards presented at the event.' })
  presentedCompetenceStandards(@Root() event: EntityObject, @Args(() => CompetenceStandardConnectionArgs) args: CompetenceStandardConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.presentedCompetenceStandards, args, selectionOf(info));
  }

  @FieldResolver(() => TopicConnection, { description: 'Topics of the event.' })
  topics(@Root() event: EntityObject, @Args(() => TopicConnectionArgs) args: TopicConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.topics, args, selectionOf(info));
  }

  @FieldResolver(() => PersonConnection, { description: 'Contact persons for the event.' })
  contacts(@Root() event: EntityObject, @Args(() => PersonConnectionArgs) args: PersonConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(event.id, EVENT_RELATIONS.contacts, args, selectionOf(info));
  }
}
