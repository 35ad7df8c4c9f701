import { ArgsType, Field, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../domain/limits';

/**
 * `asOf` of a relationship field whose relationships carry `since`/`until` (memberships, seats, coordination, jobs):
 * only the relationships that held at some time in that year, at the precision the data states them (a membership
 * since "2013-05" counts in 2013; a missing since or until is open on that side). Rule: graph/as-of.ts.
 */
@ArgsType()
export class AsOfArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Only relationships that held at some time in this year (since/until honoured at their precision; a missing ' +
      'since or until is open).',
  })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  asOf?: number | null;
}
