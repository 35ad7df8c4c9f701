import { GraphQLField } from 'graphql';
import { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../../graph/page-window';
import { MAX_NEIGHBOURHOOD_NODES } from '../../features/network/network.limits';
import { fieldWork } from './field-work';

/*
 * The cost model of a query, in "items the server may have to produce": every field costs 1, and a field that
 * returns a page multiplies the cost of what is selected under it by the page size it asks for. So
 * `events(first: 100) { nodes { id name hostedBy { nodes { name } } } }` costs 1 + 100 × (1 + 2 + 1 + 20 × (1 + 1))
 * and one more level of nesting multiplies again: the cost grows with the rows Neo4j must read and the objects
 * GraphQL must build, which is what the limit protects. Fields whose database work does not show in the items they
 * return (aggregates, neighbourhoods, paths, search) add that work (field-work.ts). Aliased copies are priced each.
 */

/** Argument names that say how many items a field returns (`limit`: neighbourhood). */
const PAGE_ARGUMENTS = ['first', 'last', 'limit'] as const;
/** Arguments that list what a field looks up, one item each (`nodes(ids:)`, `_entities(representations:)`). */
const LIST_ARGUMENTS = ['ids', 'representations'] as const;

/**
 * How many items a field can return for its arguments: `first`/`last`/`limit` when given, else the argument's
 * default, else {@link DEFAULT_PAGE_SIZE} for a paged field; the length of `ids` or `representations`; the years
 * from `from` to `to` (both numbers: a timeline); 1 for anything else. `first`/`last` are clamped to 0..`maxPageSize`
 * and `limit` (a neighbourhood's, above the page cap) to 0..MAX_NEIGHBOURHOOD_NODES: a larger value is refused later
 * by the field's argument check, which names the argument.
 */
export function itemsRequested(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  maxPageSize: number,
): number {
  const paging = field.args.filter((arg) => (PAGE_ARGUMENTS as readonly string[]).includes(arg.name));
  for (const arg of paging) {
    const value = args[arg.name];
    if (typeof value === 'number') return clamp(value, arg.name === 'limit' ? MAX_NEIGHBOURHOOD_NODES : maxPageSize);
  }
  for (const arg of paging) {
    if (typeof arg.defaultValue === 'number') return clamp(arg.defaultValue, maxPageSize);
  }
  if (paging.length > 0) return clamp(DEFAULT_PAGE_SIZE, maxPageSize);
  for (const name of LIST_ARGUMENTS) if (Array.isArray(args[name])) return (args[name] as unknown[]).length;
  // A range of years (`Country.timeline(from:, to:)`) returns up to one item per year.
  if (typeof args.from === 'number' && typeof args.to === 'number')
    return clamp(args.to - args.from + 1, Number.MAX_SAFE_INTEGER);
  return 1;
}

/**
 * A graphql-query-complexity estimator implementing the model above.
 * @param maxPageSize the configured page size cap (MAX_PAGE_SIZE)
 */
export function pageCostEstimator(maxPageSize: number): (options: ComplexityEstimatorArgs) => number {
  return ({ type, field, args, childComplexity }) =>
    1 + fieldWork(type.name, field.name, args) + childComplexity * itemsRequested(field, args, maxPageSize);
}

function clamp(value: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 0), max) : max;
}

/**
 * The size of a `where` input, walked once through AND/OR lists and NOT:
 * - `conditions`: every filter field with a value counts one. A boolean tree of many conditions costs Neo4j planning
 *   and evaluation time that page sizes do not show.
 * - `nesting`: how deeply AND, OR and NOT nest (0 for plain conditions, `{NOT: {NOT: {...}}}` is 2). Neo4j's Cypher
 *   compiler overflows its stack on a predicate nested about a hundred levels deep (measured by a new user's trial,
 *   2026-12-08: 95 nested NOTs answered in 0.5 s, 96 made Neo4j drop the statement and the request wait out its time
 *   limit), so the depth is limited before any statement is sent (costLimitPlugin).
 */
export function filterShape(where: unknown): { conditions: number; nesting: number } {
  const shape = { conditions: 0, nesting: 0 };
  if (!where || typeof where !== 'object') return shape;
  for (const [key, value] of Object.entries(where)) {
    if (value === null || value === undefined) continue;
    const inner = key === 'AND' || key === 'OR' ? (value as unknown[]) : key === 'NOT' ? [value] : undefined;
    if (!inner) {
      shape.conditions += 1;
      continue;
    }
    for (const part of inner.map(filterShape)) {
      shape.conditions += part.conditions;
      shape.nesting = Math.max(shape.nesting, 1 + part.nesting);
    }
  }
  return shape;
}
