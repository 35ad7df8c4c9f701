import { PlainNode, PlainRelationship } from '../db/driver-values';
import { buildConnection, ConnectionResult, FetchedRow } from './connection';
import { CypherParams } from './cypher-identifiers';
import { entityFromNode, toEntityObject, toRelationshipObject } from './entity-record';
import { EntitySelection } from './entity-selection';
import { Ordering } from './keyset';
import { PageWindow } from './page-window';
import { RelationArguments, relationParts, RelationSpec } from './relation-statement';

/*
 * Read-ahead (issue 15, item 4: one statement per request): the relationship fields a request asks under the entities
 * of a root list or lookup, compiled into the root's own statement as `COLLECT { … ORDER BY … LIMIT }` subqueries
 * that limit each level before descending to the next, so a nested selection costs one round trip instead of one per
 * level. Pure translation (no driver); the answers are handed to the per-level loader as if it had read them
 * (RelationLoader.prime), so the field resolvers, their checks and their errors stay the ones of the loader, which is
 * also the fallback for whatever is not read ahead.
 */

/** One relationship field asked under an entity, with its arguments, its selection and the fields asked below it. */
export interface ReadAheadField {
  spec: RelationSpec;
  args: RelationArguments;
  /** What is asked of the related entities and edges (as graphql/selection.ts reads it). */
  selection: EntitySelection;
  children: ReadAheadField[];
}

/** A field that was compiled: where its page sits in the answer, and how to turn the page into a connection. */
export interface PlannedField {
  field: ReadAheadField;
  /** Key of its page (`f<i>`) and count (`t<i>`) in the `related` map of its parent. */
  index: number;
  window: PageWindow;
  ordering: Ordering;
  withTotal: boolean;
  children: PlannedField[];
}

/** Deepest nesting compiled ahead; deeper fields are left to the loader. */
export const READ_AHEAD_DEPTH = 4;

/**
 * Most rows one statement may read ahead, counted from the page limits (a page of 25 events with 11 hosts each counts
 * 25 × 11): a selection whose pages could multiply past it (100 topics × 100 events × 100 topics ...) reads the rest
 * level by level, each level bounded by the request's time limit on its own, instead of one statement that holds
 * them all in the transaction's memory. The benchmark's deep traversal counts about 1,600, 50 events with four
 * relationship fields and their places' countries about 6,400.
 */
export const READ_AHEAD_ROWS = 20000;

/** Where a field sits in the statement being compiled: shared naming and row budget, depth, its parent's rows. */
export interface ReadAheadScope {
  /** Next free number for subquery variables (shared by the whole statement). */
  counter: { next: number };
  /** Rows counted so far against READ_AHEAD_ROWS (shared by the whole statement). */
  rows: { used: number };
  depth: number;
  /** Most rows the parent level can have (its page limits multiplied down from the root). */
  parentRows: number;
}

/** The scope of the fields right under a root read: `rootRows` is the root page's limit (1 for a lookup). */
export function rootScope(rootRows: number): ReadAheadScope {
  return { counter: { next: 0 }, rows: { used: 0 }, depth: 1, parentRows: rootRows };
}

/** The Cypher map literal of a node's related pages and the plan to read it back; undefined when nothing compiles. */
export interface ReadAheadExpression {
  expression: string;
  planned: PlannedField[];
}

/**
 * The map literal `{f0: COLLECT {…}, t0: size(COLLECT {…}), …}` holding, for the node bound to `node`, one page per
 * field (rows `{node, rel, related}`, `related` being the same map one level down) and its count when `totalCount` is
 * asked. Each page is the loader's own (graph/relation-statement.ts `relationParts`): same filter, cursor, order,
 * limit (page size + 1) and projection. A field whose arguments the loader would refuse (a bad cursor or page size)
 * is left out, so its resolver meets the same error as without read-ahead.
 * @param counter gives each subquery's variables a name no other subquery of the statement uses
 */
export function readAheadExpression(
  fields: readonly ReadAheadField[],
  node: string,
  params: CypherParams,
  maxPageSize: number,
  scope: ReadAheadScope = rootScope(1),
): ReadAheadExpression | undefined {
  if (scope.depth > READ_AHEAD_DEPTH) return undefined;
  const entries: string[] = [];
  const planned: PlannedField[] = [];
  for (const field of fields) {
    let parts: ReturnType<typeof relationParts>;
    const checked = new CypherParams('unused_');
    try {
      // Checked first on throw-away parameters: a field the loader would refuse adds nothing to the statement.
      parts = relationParts({ ...field, maxPageSize }, { parent: node, target: 'm', rel: 'r' }, checked);
    } catch {
      continue;
    }
    const rows = scope.parentRows * (parts.window.size + 1);
    if (scope.rows.used + rows > READ_AHEAD_ROWS) continue;
    scope.rows.used += rows;
    const id = scope.counter.next++;
    const variables = { parent: node, target: `ra${id}`, rel: `rr${id}` };
    parts = relationParts({ ...field, maxPageSize }, variables, params);
    // An empty page (`first: 0`) shows no entity: nothing under it is read, not even for the row that tells
    // whether there are more.
    const below =
      parts.window.size === 0
        ? undefined
        : readAheadExpression(field.children, variables.target, params, maxPageSize, {
            ...scope,
            depth: scope.depth + 1,
            parentRows: rows,
          });
    const index = planned.length;
    const row = [
      `node: ${parts.projection}`,
      `rel: ${parts.withRelationship ? variables.rel : 'null'}`,
      ...(below ? [`related: ${below.expression}`] : []),
    ].join(', ');
    entries.push(
      [
        `f${index}: COLLECT {`,
        ...parts.matching(parts.cut),
        `  ORDER BY ${parts.orderBy} LIMIT ${parts.limit}`,
        `  RETURN {${row}}`,
        '}',
      ].join('\n'),
    );
    if (parts.withTotal)
      entries.push(
        [`t${index}: size(COLLECT {`, ...parts.matching([]), `  RETURN ${variables.target}`, '})'].join('\n'),
      );
    planned.push({
      field,
      index,
      window: parts.window,
      ordering: parts.ordering,
      withTotal: parts.withTotal,
      children: below?.planned ?? [],
    });
  }
  return planned.length ? { expression: `{${entries.join(',\n')}}`, planned } : undefined;
}

/** A page answered ahead: the parent, the field asked and the connection the loader would have built. */
export interface ReadAheadPage {
  parentId: string;
  field: ReadAheadField;
  connection: ConnectionResult;
}

type RelatedMap = Record<string, unknown>;
type ReadRow = { node: PlainNode; rel: PlainRelationship | null; related?: RelatedMap };

/**
 * The pages of the `related` map read for the entity `parentId` (see {@link readAheadExpression}), turned into the
 * connections the loader builds (graph/connection.ts), every level down, in reading order.
 */
export function readAheadPages(planned: readonly PlannedField[], parentId: string, related: unknown): ReadAheadPage[] {
  if (!related || typeof related !== 'object') return [];
  const map = related as RelatedMap;
  const pages: ReadAheadPage[] = [];
  for (const plan of planned) {
    const rows = (map[`f${plan.index}`] as ReadRow[] | undefined) ?? [];
    const target = plan.field.spec.target;
    const fetched: FetchedRow[] = rows.map((row) => ({
      node: toEntityObject(entityFromNode(row.node), target.fields),
      relationship: row.rel ? toRelationshipObject(row.rel) : null,
    }));
    const total = plan.withTotal ? Number(map[`t${plan.index}`] ?? 0) : null;
    pages.push({
      parentId,
      field: plan.field,
      connection: buildConnection(fetched, plan.window, plan.ordering, total),
    });
    if (!plan.children.length) continue;
    rows.forEach((row, k) => pages.push(...readAheadPages(plan.children, fetched[k].node.id, row.related)));
  }
  return pages;
}
