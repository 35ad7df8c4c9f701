import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../../server/context';
import { EntityObject } from '../../graph/entity-record';
import { selectionOf, selectsField } from '../../graphql/selection';
import { AsOfArgs } from '../../graphql/as-of.args';
import { Country, CountryConnection } from './country.type';
import { CountryConnectionArgs } from './country.inputs';
import { COUNTRY } from './country.definition';
import { COUNTRY_RELATIONS } from './country.relations';
import { CompetenceStandardConnection } from '../competence-standard/competence-standard.type';
import { CompetenceStandardConnectionArgs } from '../competence-standard/competence-standard.inputs';
import { EventConnection } from '../event/event.type';
import { EventConnectionArgs } from '../event/event.inputs';
import { OrganisationConnection } from '../organisation/organisation.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.inputs';
import { PlaceConnection } from '../place/place.type';
import { PlaceConnectionArgs } from '../place/place.inputs';
import { PublicationConnection } from '../publication/publication.type';
import { PublicationConnectionArgs } from '../publication/publication.inputs';
import { WorkingGroupConnection } from '../working-group/working-group.type';
import { WorkingGroupConnectionArgs } from '../working-group/working-group.inputs';

/** Queries for countries and the relationship fields of Country; thin: arguments are validated by type-graphql. */
@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'The Country with this id, or null.' })
  country(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id, 'Country');
  }

  @Query(() => Country, { nullable: true, description: 'The country with this ISO 3166-1 alpha-2 code (any case), or null.' })
  countryByCode(@Arg('code') code: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.countryByCode(code);
  }

  @Query(() => CountryConnection, { nullable: true, description: 'Countries, filtered, ordered and paged (Relay connection).' })
  countries(@Args(() => CountryConnectionArgs) args: CountryConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.entities.list(COUNTRY, args, selectsField(info, 'totalCount'), selectionOf(info));
  }

  @FieldResolver(() => PlaceConnection, { description: 'Places (cities, regions) located in the country.' })
  places(@Root() country: EntityObject, @Args(() => PlaceConnectionArgs) args: PlaceConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(country.id, COUNTRY_RELATIONS.places, args, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations seated in the country: their stated country code, else where they are located now (directly or through a city or region; a location with an `until` is a former seat).' })
  organisations(@Root() country: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(country.id, COUNTRY_RELATIONS.organisations, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events held in the country, directly or in one of its places.' })
  events(@Root() country: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(country.id, COUNTRY_RELATIONS.events, args, selectionOf(info));
  }

  @FieldResolver(() => CompetenceStandardConnection, { description: 'Competence standards for trainers that apply in the country.' })
  competenceStandards(@Root() country: EntityObject, @Args(() => CompetenceStandardConnectionArgs) args: CompetenceStandardConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(country.id, COUNTRY_RELATIONS.competenceStandards, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events the country took part in.' })
  participatedIn(@Root() country: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(country.id, COUNTRY_RELATIONS.participatedIn, args, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations and networks the country is a member of.' })
  memberOf(@Root() country: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(country.id, COUNTRY_RELATIONS.memberOf, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => WorkingGroupConnection, { description: 'Working groups the country is a member of.' })
  workingGroups(@Root() country: EntityObject, @Args(() => WorkingGroupConnectionArgs) args: WorkingGroupConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(country.id, COUNTRY_RELATIONS.workingGroups, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications that analyse the country.' })
  analysedIn(@Root() country: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(country.id, COUNTRY_RELATIONS.analysedIn, args, selectionOf(info));
  }
}
