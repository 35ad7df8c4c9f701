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
  counter: { next: number } = { next: 0 },
  depth = 1,
): ReadAheadExpression | undefined {
  if (depth > READ_AHEAD_DEPTH) return undefined;
  const entries: string[] = [];
  const planned: PlannedField[] = [];
  for (const field of fields) {
    const id = counter.next++;
    const variables = { parent: node, target: `ra${id}`, rel: `rr${id}` };
    let parts: ReturnType<typeof relationParts>;
    try {
      parts = relationParts({ ...field, maxPageSize }, variables, params);
    } catch {
      continue;
    }
    const below = readAheadExpression(field.children, variables.target, params, maxPageSize, counter, depth + 1);
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
