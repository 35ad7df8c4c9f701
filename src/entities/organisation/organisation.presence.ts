import { Field, InputType } from 'type-graphql';
import { EntityWhere } from '../../graphql/entity-where';
import { hasProperty, presence } from '../../graph/presence-filters';

/** Missing-value filters on organisations (issue 16); OrganisationWhere extends this. */
@InputType({ description: 'Missing-value filters (base of a *Where input).' })
export abstract class OrganisationPresenceWhere extends EntityWhere {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: seated in a known country (stated, or its current location), as countryCode finds it; false: none known.',
  })
  hasCountry?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the founding year is known; false: it is not.' })
  hasYear?: boolean | null;
}

/** Compilers of OrganisationPresenceWhere: the seat rule of organisation.seat.ts, for any country. */
export const ORGANISATION_PRESENCE_FILTERS = {
  hasCountry: presence(
    (node) =>
      `(${node}.countryCode IS NOT NULL OR EXISTS { MATCH (${node})-[seat:LOCATED_IN]->()-[:LOCATED_IN*0..2]->(:Country) WHERE seat.until IS NULL })`,
  ),
  hasYear: hasProperty('founded'),
};
