import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { YearRangeArgs } from './stats.args';
import { StatsRepository } from './stats.repository';
import { CountryCount } from './stats.types';

/** Aggregates for dashboards, computed in Neo4j. */
@Resolver()
export class StatsResolver {
  @Query(() => [CountryCount], { description: 'Number of events per country, most first, optionally within a range of years.' })
  eventCountsByCountry(@Args(() => YearRangeArgs) args: YearRangeArgs, @Ctx() ctx: GraphContext) {
    return new StatsRepository(ctx.executor).eventCountsByCountry(args.yearFrom ?? null, args.yearTo ?? null);
  }
}
