import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../../server/context';
import { EntityObject } from '../../graph/entity-record';
import { selectionOf, selectsField } from '../../graphql/selection';
import { AsOfArgs } from '../../graphql/as-of.args';
import { Place, PlaceConnection } from './place.type';
import { PlaceConnectionArgs } from './place.inputs';
import { PLACE } from './place.definition';
import { PLACE_RELATIONS } from './place.relations';
import { EventConnection } from '../event/event.type';
import { EventConnectionArgs } from '../event/event.inputs';
import { OrganisationConnection } from '../organisation/organisation.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.inputs';
import { Country } from '../country/country.type';

/** Queries for places and the relationship fields of Place; thin: arguments are validated by type-graphql. */
@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: 'The Place with this id, or null.' })
  place(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id, 'Place');
  }

  @Query(() => PlaceConnection, { nullable: true, description: 'Places, filtered, ordered and paged (Relay connection).' })
  places(@Args(() => PlaceConnectionArgs) args: PlaceConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.entities.list(PLACE, args, selectsField(info, 'totalCount'), selectionOf(info));
  }

  @FieldResolver(() => PlaceConnection, { description: 'The region the place lies in.' })
  within(@Root() place: EntityObject, @Args(() => PlaceConnectionArgs) args: PlaceConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(place.id, PLACE_RELATIONS.within, args, selectionOf(info));
  }

  @FieldResolver(() => PlaceConnection, { description: 'Places within this region.' })
  contains(@Root() place: EntityObject, @Args(() => PlaceConnectionArgs) args: PlaceConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(place.id, PLACE_RELATIONS.contains, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events held here.' })
  events(@Root() place: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(place.id, PLACE_RELATIONS.events, args, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations located here.' })
  organisations(@Root() place: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(place.id, PLACE_RELATIONS.organisations, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country the place is in.' })
  country(@Root() place: EntityObject, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.single(place.id, PLACE_RELATIONS.country, selectionOf(info));
  }
}
