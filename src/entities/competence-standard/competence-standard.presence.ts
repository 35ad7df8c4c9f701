import { Field, InputType } from 'type-graphql';
import { EntityWhere } from '../../graphql/entity-where';
import { hasPath, hasProperty } from '../../graph/presence-filters';

/** Missing-value filters on competence standards (issue 16); CompetenceStandardWhere extends this. */
@InputType({ description: 'Missing-value filters (base of a *Where input).' })
export abstract class CompetenceStandardPresenceWhere extends EntityWhere {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: applies in a known country (APPLIES_IN), as countryCode finds it; false: none known.',
  })
  hasCountry?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the year is known; false: it is not.' })
  hasYear?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the level is known; false: it is not.' })
  hasLevel?: boolean | null;
}

/** Compilers of CompetenceStandardPresenceWhere: the path of the standard country filter. */
export const COMPETENCE_STANDARD_PRESENCE_FILTERS = {
  hasCountry: hasPath((node) => `(${node})-[:APPLIES_IN]->(:Country)`),
  hasYear: hasProperty('year'),
  hasLevel: hasProperty('level'),
};
