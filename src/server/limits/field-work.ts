import { MAX_SEARCH_RESULTS, searchTerms } from '../../features/search/lucene-query';
import {
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_NODES,
  MAX_PATH_HOPS,
  MAX_PATHS,
} from '../../features/network/network.limits';

/*
 * Work a root field causes in Neo4j beyond the items it returns, in the same units as the page cost (query-cost.ts),
 * for the fields whose work does not show in their page size (issue 12, item 5): an aggregate scans the graph
 * whatever `first` says, a neighbourhood expands `depth` rings of up to `limit` nodes, a shortest-path search grows
 * with `maxHops`, and a search reads `3 × first` candidates per word of its text. Measured on this project's 2-core
 * machine over the bundled data, with other builds running (test/resilience/cost-covers-work.int.test.ts): a
 * neighbourhood of depth 3 and limit 500 took 350 to 1 000 ms, paths with maxHops 6 and first 25 about 150 to 200 ms,
 * a 16-word search of first 100 280 to 500 ms, one co-occurrence ranking about 200 ms. With QUERY_MAX_COST 25 000 and
 * REQUEST_TIMEOUT_MS 10 000 a unit stands for at most about 0.2 ms of work, so that the costliest legal request ends
 * within half its time limit.
 */

/** Arguments as graphql-query-complexity hands them to an estimator (defaults applied). */
type Args = Record<string, unknown>;

/**
 * An argument as a whole number, at most `max`: a larger value is refused by the field's own argument check, which
 * names the argument and its bound ("maxHops must not be greater than 6"), so it is priced at the most the field may
 * do; pricing it as given refused it with a cost that named nothing (found by a new user's trial, 2026-12-08).
 */
const num = (value: unknown, fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  Math.min(typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : fallback, max);

/** What one aggregate (a stats field, eventCountsByCountry) costs: each reads every event or publication once. */
export const AGGREGATE_WORK = 1_000;

/** Extra work per `Type.field`, from its arguments. */
const WORK: Record<string, (args: Args) => number> = {
  'Query.neighbourhood': (args) =>
    4 * num(args.depth, 1, MAX_NEIGHBOURHOOD_DEPTH) * num(args.limit, 100, MAX_NEIGHBOURHOOD_NODES),
  'Query.paths': (args) => 4 ** num(args.maxHops, 4, MAX_PATH_HOPS) / 2 + 10 * num(args.first, 3, MAX_PATHS),
  'Query.search': (args) =>
    500 + 100 * searchTerms(String(args.query ?? '')).length + 5 * num(args.first, 20, MAX_SEARCH_RESULTS),
  'Query.eventCountsByCountry': () => AGGREGATE_WORK,
  'Stats.counts': () => AGGREGATE_WORK,
  'Stats.timeSeries': () => AGGREGATE_WORK,
  'Stats.topOrganisations': () => AGGREGATE_WORK,
  'Stats.standardsByCountryAndLevel': () => AGGREGATE_WORK,
  'Stats.coOccurrence': () => AGGREGATE_WORK,
};

/** The work `parentType.field` causes beyond the items it returns (0 for fields not listed above). */
export function fieldWork(parentType: string, field: string, args: Args): number {
  return WORK[`${parentType}.${field}`]?.(args) ?? 0;
}
