import { Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { GraphContext } from '../../context/graph-context';
import { toEntityObject } from '../../graph/entity-record';
import { ENTITY_DEFINITIONS } from '../../entities/entity-definitions';
import { CoOccurrenceArgs, CountsArgs, SeriesArgs, TopOrganisationsArgs, YearRangeArgs } from './stats.args';
import { StatsRepository } from './stats.repository';
import {
  CoOccurrence,
  CountBucket,
  CountryCount,
  CountryLevelCount,
  OrganisationCount,
  Stats,
  YearCount,
} from './stats.types';

/** Aggregates for dashboards, computed in Neo4j; all stats of one request level share one round trip. */
@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, {
    nullable: true,
    description: 'Aggregates for dashboards: cross-tabs, time series, rankings, co-occurrence.',
  })
  stats(): Stats {
    return new Stats();
  }

  @Query(() => [CountryCount], {
    nullable: true,
    description: 'Number of events per country, most first, optionally within a range of years.',
  })
  eventCountsByCountry(@Args(() => YearRangeArgs) args: YearRangeArgs, @Ctx() ctx: GraphContext) {
    return new StatsRepository(ctx.reader).eventCountsByCountry(args);
  }

  @FieldResolver(() => [CountBucket], {
    description: 'Counts of a measure grouped by any of country, year and kind (a cross-tab).',
  })
  counts(@Args(() => CountsArgs) args: CountsArgs, @Ctx() ctx: GraphContext) {
    return new StatsRepository(ctx.reader).counts(args.measure, args.groupBy, args);
  }

  @FieldResolver(() => [YearCount], {
    description: 'A measure per year, zero-filled between the first and last year (or the given range).',
  })
  timeSeries(@Args(() => SeriesArgs) args: SeriesArgs, @Ctx() ctx: GraphContext) {
    return new StatsRepository(ctx.reader).timeSeries(args.measure, args);
  }

  @FieldResolver(() => [OrganisationCount], {
    description: 'Organisations by number of events hosted, organised or taken part in.',
  })
  async topOrganisations(@Args(() => TopOrganisationsArgs) args: TopOrganisationsArgs, @Ctx() ctx: GraphContext) {
    const rows = await new StatsRepository(ctx.reader).topOrganisations(args.activity, args.first, args);
    return rows.map(({ organisation, count }) => ({
      organisation: toEntityObject(organisation, ENTITY_DEFINITIONS.Organisation.fields),
      count,
    }));
  }

  @FieldResolver(() => [CountryLevelCount], {
    description:
      'Competence standards for trainers per country and level, with the first and last year among them (since when).',
  })
  standardsByCountryAndLevel(@Args(() => YearRangeArgs) args: YearRangeArgs, @Ctx() ctx: GraphContext) {
    return new StatsRepository(ctx.reader).standardsByCountryAndLevel(args);
  }

  @FieldResolver(() => [CoOccurrence], {
    description: 'Organisations or countries that appear in the same events, with how many.',
  })
  async coOccurrence(@Args(() => CoOccurrenceArgs) args: CoOccurrenceArgs, @Ctx() ctx: GraphContext) {
    const rows = await new StatsRepository(ctx.reader).coOccurrence(args.of, args.first, args);
    return rows.map(({ a, b, count }) => ({
      a: toEntityObject(a, ENTITY_DEFINITIONS[a.type].fields),
      b: toEntityObject(b, ENTITY_DEFINITIONS[b.type].fields),
      count,
    }));
  }
}
