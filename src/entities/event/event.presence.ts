import { Field, InputType } from 'type-graphql';
import { EntityWhere } from '../../graphql/entity-where';
import { hasPath, hasProperty } from '../../graph/presence-filters';

/** Missing-value filters on events (issue 16); EventWhere extends this. */
@InputType({ description: 'Missing-value filters (base of a *Where input).' })
export abstract class EventPresenceWhere extends EntityWhere {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: held in a known country (directly or through its place), as countryCode finds it; false: no country known.',
  })
  hasCountry?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the start date is known; false: it is not.' })
  hasDate?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the year is known (from the start date or stated); false: it is not.',
  })
  hasYear?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: hosted by an organisation (HOSTED_BY); false: no host known.',
  })
  hasHost?: boolean | null;
}

/** Compilers of EventPresenceWhere: the same paths as the country and host filters of event.definition.ts. */
export const EVENT_PRESENCE_FILTERS = {
  hasCountry: hasPath((node) => `(${node})-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(:Country)`),
  hasDate: hasProperty('startDate'),
  hasYear: hasProperty('year'),
  hasHost: hasPath((node) => `(${node})-[:HOSTED_BY]->(:Organisation)`),
};
