import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../../server/context';
import { EntityObject } from '../../graph/entity-record';
import { selectionOf, selectsField } from '../../graphql/selection';
import { AsOfArgs } from '../../graphql/as-of.args';
import { Organisation, OrganisationConnection } from './organisation.type';
import { OrganisationConnectionArgs } from './organisation.inputs';
import { ORGANISATION } from './organisation.definition';
import { ORGANISATION_RELATIONS } from './organisation.relations';
import { CompetenceStandardConnection } from '../competence-standard/competence-standard.type';
import { CompetenceStandardConnectionArgs } from '../competence-standard/competence-standard.inputs';
import { Country, CountryConnection } from '../country/country.type';
import { CountryConnectionArgs } from '../country/country.inputs';
import { EventConnection } from '../event/event.type';
import { EventConnectionArgs } from '../event/event.inputs';
import { PersonConnection } from '../person/person.type';
import { PersonConnectionArgs } from '../person/person.inputs';
import { PlaceConnection } from '../place/place.type';
import { PlaceConnectionArgs } from '../place/place.inputs';
import { PolicyDocumentConnection } from '../policy-document/policy-document.type';
import { PolicyDocumentConnectionArgs } from '../policy-document/policy-document.inputs';
import { PublicationConnection } from '../publication/publication.type';
import { PublicationConnectionArgs } from '../publication/publication.inputs';
import { WorkingGroupConnection } from '../working-group/working-group.type';
import { WorkingGroupConnectionArgs } from '../working-group/working-group.inputs';

/** Queries for organisations and the relationship fields of Organisation; thin: arguments are validated by type-graphql. */
@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: 'The Organisation with this id, or null.' })
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id, 'Organisation');
  }

  @Query(() => OrganisationConnection, { nullable: true, description: 'Organisations, filtered, ordered and paged (Relay connection).' })
  organisations(@Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.entities.list(ORGANISATION, args, selectsField(info, 'totalCount'), selectionOf(info));
  }

  @FieldResolver(() => PlaceConnection, { description: 'Places the organisation is located in.' })
  places(@Root() organisation: EntityObject, @Args(() => PlaceConnectionArgs) args: PlaceConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.places, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events the organisation hosted.' })
  hostedEvents(@Root() organisation: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.hostedEvents, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events the organisation organised.' })
  organisedEvents(@Root() organisation: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.organisedEvents, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events the organisation took part in.' })
  participatedIn(@Root() organisation: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.participatedIn, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications it published.' })
  publications(@Root() organisation: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.publications, args, selectionOf(info));
  }

  @FieldResolver(() => PolicyDocumentConnection, { description: 'Policy documents it adopted, endorsed or proclaimed.' })
  adoptedPolicyDocuments(@Root() organisation: EntityObject, @Args(() => PolicyDocumentConnectionArgs) args: PolicyDocumentConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.adoptedPolicyDocuments, args, selectionOf(info));
  }

  @FieldResolver(() => CompetenceStandardConnection, { description: 'Competence standards for trainers it developed.' })
  competenceStandards(@Root() organisation: EntityObject, @Args(() => CompetenceStandardConnectionArgs) args: CompetenceStandardConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.competenceStandards, args, selectionOf(info));
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'Working groups it coordinates or coordinated.' })
  coordinatedWorkingGroups(@Root() organisation: EntityObject, @Args(() => WorkingGroupConnectionArgs) args: WorkingGroupConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.coordinatedWorkingGroups, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'Working groups it is a member of.' })
  workingGroups(@Root() organisation: EntityObject, @Args(() => WorkingGroupConnectionArgs) args: WorkingGroupConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.workingGroups, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations and networks it is a member of.' })
  memberOf(@Root() organisation: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.memberOf, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Member organisations (for networks).' })
  members(@Root() organisation: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.members, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => CountryConnection, { description: 'Member countries.' })
  memberCountries(@Root() organisation: EntityObject, @Args(() => CountryConnectionArgs) args: CountryConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.memberCountries, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => PersonConnection, { description: 'People in public roles who work for it.' })
  people(@Root() organisation: EntityObject, @Args(() => PersonConnectionArgs) args: PersonConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(organisation.id, ORGANISATION_RELATIONS.people, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country of its seat: its stated country code, else where it is located now (a location with an `until` is a former seat); with `asOf`, where it was seated in that year.' })
  country(@Root() organisation: EntityObject, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.single(organisation.id, ORGANISATION_RELATIONS.country, selectionOf(info), time.asOf);
  }
}
