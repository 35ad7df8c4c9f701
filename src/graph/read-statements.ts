import { ENTITY_LABEL } from '../domain/entity-types';
import { CypherParams, label, Statement } from './cypher-identifiers';
import { EntityDefinition } from './entity-definition';
import { checkCursorOrdering, keysetPredicate, KeysetSegment, keysetSegments, orderByTerms, Ordering } from './keyset';
import { ConnectionArguments, resolveOrdering } from './list-arguments';
import { fetchLimit, PageWindow, resolvePageWindow } from './page-window';
import { EntitySelection } from './entity-selection';
import { nodeProjection } from './projection';
import { PlannedField, ReadAheadField, readAheadExpression, rootScope } from './read-ahead';
import { anchorWhere, compileWhere, LogicalWhere } from './where-compiler';

/*
 * Pure translation of the generic reads (lookups by id or code, entity lists) into `{ cypher, params }`: no driver,
 * no database, so test/statements snapshots them. EntityRepository only runs what these return.
 */

/**
 * The entities with the given ids (any type), duplicates read once. Returns column `n`.
 * @param params the statement's parameter names (Reader.params())
 * @param projection when given, only entities of that type, with only the properties the selected fields need (the
 *   shape of graph/projection.ts): a gateway's `_entities` batch asks a few fields of many entities (issue 15)
 */
export function entitiesByIdStatement(
  ids: readonly string[],
  params: CypherParams,
  projection?: { definition: EntityDefinition<never>; fields: readonly string[] },
): Statement {
  const idList = params.add([...new Set(ids)]);
  const cypher = projection
    ? `MATCH (n:${label(ENTITY_LABEL)}:${label(projection.definition.type)}) WHERE n.id IN ${idList} ` +
      `RETURN ${nodeProjection('n', projection.definition, projection.fields)} AS n`
    : `MATCH (n:${label(ENTITY_LABEL)}) WHERE n.id IN ${idList} RETURN n`;
  return { cypher, params: params.values };
}

/** Countries by ISO code (as given: callers upper-case), duplicates read once. Returns column `n`. */
export function countriesByCodeStatement(codes: readonly string[], params: CypherParams): Statement {
  const cypher = `MATCH (n:${label('Country')}) WHERE n.code IN ${params.add([...new Set(codes)])} RETURN n`;
  return { cypher, params: params.values };
}

/** A list request: what `EntityRepository.list` takes. */
export interface ListRequest<W extends LogicalWhere<W>> {
  definition: EntityDefinition<W>;
  args: ConnectionArguments<W>;
  /** Count every match (only when the client asked for `totalCount`). */
  withTotal: boolean;
  /** What is asked of the entities (undefined: every property). */
  selection?: EntitySelection;
  /** The page size cap (config.maxPageSize). */
  maxPageSize: number;
  /** Relationship fields asked under the entities, read in the same statement (graph/read-ahead.ts). */
  readAhead?: readonly ReadAheadField[];
}

/** A statement plus what the caller needs to turn its rows into a connection. */
export interface PagedStatement extends Statement {
  window: PageWindow;
  ordering: Ordering;
  /** The fields read ahead under each entity (`related` of each node), when any compiled. */
  readAhead?: PlannedField[];
}

/**
 * One page of entities of a type, filtered by `where` (an anchored field such as `countryCode` starts the match),
 * ordered by `orderBy` (nulls last, id as tie-breaker) and cut by keyset cursors; with `withTotal`, the count of all
 * matches. Returns one row with columns `total` (null without `withTotal`) and `nodes` (up to window.size + 1, in
 * reading order: reversed for `last`/`before`).
 * @throws BadUserInputError for bad paging arguments, cursors, order fields or empty logical lists
 */
export function listStatement<W extends LogicalWhere<W>>(
  request: ListRequest<W>,
  params: CypherParams,
): PagedStatement {
  const { definition, args, withTotal, selection } = request;
  const window = resolvePageWindow(args, request.maxPageSize);
  const ordering = resolveOrdering(definition as EntityDefinition<never>, args.orderBy);
  checkCursorOrdering(ordering, window);
  const anchor = anchorWhere(args.where, definition.filters, 'm', params);
  const filter = compileWhere(anchor ? anchor.rest : args.where, definition.filters, 'm', params);
  const nodeLabel = label(definition.type);
  // Either every node of the label, or the nodes an anchored filter leads to (DISTINCT: a node reached twice, e.g.
  // an event held in two Belgian cities, counts once; WITH also ends the anchor's own variables' scope).
  const matching = (conditions: (string | undefined)[]) => {
    const where = conditions.filter(Boolean).join(' AND ');
    return anchor
      ? `${anchor.clauses} WITH DISTINCT m WHERE m:${nodeLabel}${where ? ` AND ${where}` : ''}`
      : `MATCH (m:${nodeLabel})${where ? ` WHERE ${where}` : ''}`;
  };
  const sortProperty = ordering.key.property;
  const ahead =
    request.readAhead?.length && window.size > 0
      ? readAheadExpression(request.readAhead, 'm', params, request.maxPageSize, rootScope(window.size + 1))
      : undefined;
  const projection = nodeProjection(
    'm',
    definition as EntityDefinition<never>,
    selection?.fields,
    sortProperty,
    ahead?.expression,
  );
  // An empty page (`first: 0`, asked for its totalCount or pageInfo) only needs to know whether a row lies beyond it,
  // not which one comes first: without ORDER BY, Neo4j stops at the first match instead of sorting every match (at L
  // the totalCount of a year range took 139 ms in the database against 29 ms for the count alone; issue 15).
  // A list of every node of the label reads its page in index order (indexOrderedPage); one an anchored filter leads
  // to sorts the few nodes reached.
  const limit = params.add(fetchLimit(window));
  const page =
    anchor || window.size === 0
      ? [
          `CALL () { ${matching([
            filter,
            window.after ? keysetPredicate('m', ordering, window.after, 'after', params) : undefined,
            window.before ? keysetPredicate('m', ordering, window.before, 'before', params) : undefined,
          ])}`,
          `  WITH m ${window.size > 0 ? `ORDER BY ${orderByTerms('m', ordering, window.backward)} ` : ''}LIMIT ${limit}`,
          `  RETURN collect(${projection}) AS nodes }`,
        ]
      : indexOrderedPage(
          keysetSegments('m', ordering, window, window.backward, params),
          (where) => matching([filter, where]),
          limit,
          projection,
        );
  const cypher = [
    withTotal ? `CALL () { ${matching([filter])} RETURN count(m) AS total }` : 'CALL () { RETURN null AS total }',
    ...page,
    'RETURN total, nodes',
  ].join('\n');
  return { cypher, params: params.values, window, ordering, readAhead: ahead?.planned };
}

/**
 * The page subquery of a list read part by part (keyset.ts, keysetSegments): the first part up to the fetch limit in
 * its index order, the next only when the first fell short, the page cut to the limit. Returns the lines of a
 * `CALL` that yields `nodes` (projected, in reading order).
 * @param matching the MATCH … WHERE of the list's filter and one more condition
 * @param limit the fetch limit's parameter placeholder
 */
function indexOrderedPage(
  segments: readonly KeysetSegment[],
  matching: (where: string) => string,
  limit: string,
  projection: string,
): string[] {
  const parts = segments.map((segment, i) => {
    const read = `${matching(segment.where)} WITH m ORDER BY ${segment.orderBy} LIMIT ${limit} RETURN collect(m) AS part${i}`;
    // A later part runs only when the page is not full yet: UNWIND of an empty list gives no row, so Neo4j does not
    // start its scan (a WHERE on the earlier part was pushed down into the scan's filter, which then ran on every
    // node). Aggregating with no grouping key still yields one row, so a part skipped is [].
    return i === 0
      ? `  CALL () { ${read} }`
      : `  CALL (part${i - 1}) { UNWIND CASE WHEN size(part${i - 1}) < ${limit} THEN [true] ELSE [] END AS short ${read} }`;
  });
  const rows = segments.length === 0 ? '[]' : `(${segments.map((_, i) => `part${i}`).join(' + ')})[..${limit}]`;
  return ['CALL () {', ...parts, `  UNWIND ${rows} AS m`, `  RETURN collect(${projection}) AS nodes }`];
}

/**
 * One entity of a type by id with the relationship fields asked under it read ahead (graph/read-ahead.ts), or no row.
 * Returns column `n` (`{labels, properties, related}`) and the plan to read `related` back (undefined when no field
 * compiled: then `related` is absent).
 */
export function entityReadingAheadStatement(
  definition: EntityDefinition<never>,
  id: string,
  fields: readonly ReadAheadField[],
  params: CypherParams,
  maxPageSize: number,
): Statement & { readAhead?: PlannedField[] } {
  const match = `MATCH (n:${label(ENTITY_LABEL)}:${label(definition.type)} {id: ${params.add(id)}})`;
  const ahead = readAheadExpression(fields, 'n', params, maxPageSize);
  const cypher = `${match}\nRETURN ${nodeProjection('n', definition, undefined, undefined, ahead?.expression)} AS n`;
  return { cypher, params: params.values, readAhead: ahead?.planned };
}
