import { Field, InputType } from 'type-graphql';
import { EntityWhere } from '../../graphql/entity-where';
import { hasPath } from '../../graph/presence-filters';

/** Missing-value filters on places (issue 16); PlaceWhere extends this. */
@InputType({ description: 'Missing-value filters (base of a *Where input).' })
export abstract class PlacePresenceWhere extends EntityWhere {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: located in a known country, as countryCode finds it; false: no country known.',
  })
  hasCountry?: boolean | null;
}

/** Compilers of PlacePresenceWhere: the path of the place country filter. */
export const PLACE_PRESENCE_FILTERS = {
  hasCountry: hasPath((node) => `(${node})-[:LOCATED_IN*1..2]->(:Country)`),
};
