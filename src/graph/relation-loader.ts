import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import { ENTITY_LABEL } from '../domain/entity-types';
import { BadUserInputError } from '../errors/api-errors';
import { PlainNode, PlainRelationship } from '../db/driver-values';
import { buildConnection, ConnectionResult, FetchedRow } from './connection';
import { CypherParams, label } from './cypher-identifiers';
import { EntityDefinition } from './entity-definition';
import { entityFromNode, toEntityObject, toRelationshipObject } from './entity-record';
import { checkCursorOrdering, keysetPredicate, orderByTerms, Ordering } from './keyset';
import { ConnectionArguments, resolveOrdering } from './list-arguments';
import { PageWindow, resolvePageWindow } from './page-window';
import { compileWhere } from './where-compiler';
import { nodeProjection } from './projection';
import { EntitySelection } from '../graphql/selection';
import { Reader } from './statement-batcher';

/**
 * A relationship field: how to get from a parent node `(n)` to the related nodes `(m)`. `pattern` is fixed Cypher
 * text written in our modules (labels and types from the allow-lists); it binds `r` when the field shows the
 * relationship's own properties, and may be a longer path for derived fields (an event's countries through its
 * places).
 */
export interface RelationSpec {
  /** Unique name, e.g. `Event.hostedBy`. */
  name: string;
  pattern: string;
  /** True when `pattern` binds `r` to a single relationship whose properties the edge shows. */
  bindsRelationship: boolean;
  /** Extra predicate over `n` and `m` the related nodes must meet (fixed text from our code). */
  condition?: string;
  target: EntityDefinition<never>;
  /**
   * For `asOf`: a predicate over `n`, `m` (and `r`) stating that the link held in the year `yearParam` (see
   * graph/as-of.ts); it takes the place of `condition` (which states the link now). Absent when the field has no
   * years to honour.
   */
  during?: (yearParam: string) => string;
}

/** Arguments of a relationship field: a connection's, and `asOf`, the year the relationships must hold in. */
export interface RelationArguments extends ConnectionArguments {
  asOf?: number | null;
}

interface RelationRequest {
  parentId: string;
  spec: RelationSpec;
  args: RelationArguments;
  /** What is selected on the related entities and edges (undefined: read everything). */
  selection?: EntitySelection;
}

interface PreparedGroup {
  spec: RelationSpec;
  window: PageWindow;
  ordering: Ordering;
  statement: string;
}

/**
 * Loads relationship fields for one request without N+1: every relationship field requested in the same tick (one
 * nesting level of a query: 50 events asking for hosts, places and countries) is answered by one Cypher statement,
 * a `UNION ALL` of one branch per distinct field and arguments, each branch `UNWIND`ing the parent ids.
 */
export class RelationLoader {
  private readonly loader: DataLoader<RelationRequest, ConnectionResult, string>;

  constructor(
    private readonly reader: Reader,
    private readonly maxPageSize: number,
  ) {
    this.loader = new DataLoader((requests) => this.loadBatch(requests), {
      cacheKeyFn: (request) => `${groupKey(request)}|${request.parentId}`,
    });
  }

  /**
   * The connection of `spec` from the parent, paged and filtered by `args` (the target type's `where` and `orderBy`).
   * `selection` (what is asked of the related entities and edges) limits what is read. `args.asOf` keeps only the
   * relationships that held in that year.
   * @throws BadUserInputError for bad paging arguments, cursors or order fields, or `asOf` on a field without years
   */
  connection(parentId: string, spec: RelationSpec, args: RelationArguments = {}, selection?: EntitySelection): Promise<ConnectionResult> {
    return this.loader.load({ parentId, spec, args, selection });
  }

  /**
   * The first related entity in the target's default order, or null (to-one fields such as a place's country); with
   * `asOf`, among those related in that year.
   */
  async single(parentId: string, spec: RelationSpec, selection?: EntitySelection, asOf?: number | null): Promise<ConnectionResult['nodes'][number] | null> {
    const result = await this.connection(parentId, spec, asOf === undefined || asOf === null ? { first: 1 } : { first: 1, asOf }, selection);
    return result.nodes[0] ?? null;
  }

  private async loadBatch(requests: readonly RelationRequest[]): Promise<Array<ConnectionResult | Error>> {
    // First the parent ids of each distinct field and arguments, then one branch each (its statement names them).
    const byKey = new Map<string, { request: RelationRequest; parentIds: Set<string> }>();
    for (const request of requests) {
      const key = groupKey(request);
      const entry = byKey.get(key) ?? { request, parentIds: new Set<string>() };
      entry.parentIds.add(request.parentId);
      byKey.set(key, entry);
    }
    const params = this.reader.params();
    const groups = new Map<string, { prepared: PreparedGroup | Error; index: number }>();
    for (const [key, { request, parentIds }] of byKey) {
      const index = groups.size;
      groups.set(key, { prepared: this.prepare(request, index, [...parentIds], params), index });
    }
    const branches = [...groups.values()].filter((g) => !(g.prepared instanceof Error));
    const results = new Map<string, { total: number | null; rows: FetchedRow[] }>();
    if (branches.length > 0) {
      const statement = branches.map((g) => (g.prepared as PreparedGroup).statement).join('\nUNION ALL\n');
      const rows = await this.reader.read(statement, params.values, ['g', 'pid', 'total', 'page']);
      for (const row of rows) {
        const group = branches.find((g) => g.index === Number(row.g));
        if (!group) continue;
        const target = (group.prepared as PreparedGroup).spec.target;
        results.set(`${row.g}|${row.pid}`, {
          total: row.total === null ? null : Number(row.total),
          rows: (row.page as Array<{ node: PlainNode; rel: PlainRelationship | null }>).map((item) => ({
            node: toEntityObject(entityFromNode(item.node), target.fields),
            relationship: item.rel ? toRelationshipObject(item.rel) : null,
          })),
        });
      }
    }
    return requests.map((request) => {
      const group = groups.get(groupKey(request))!;
      if (group.prepared instanceof Error) return group.prepared;
      const found = results.get(`${group.index}|${request.parentId}`) ?? { total: 0, rows: [] };
      return buildConnection(found.rows, group.prepared.window, group.prepared.ordering, found.total);
    });
  }

  /**
   * One UNION branch: per parent, the related nodes filtered, cut at the cursor, ordered and limited to the page
   * (a top-N per parent, so a host of 500 events costs a page of them, not a sort of all 500), and only the page's
   * nodes projected to the selected properties; the count of all matches only when `totalCount` is asked.
   */
  private prepare(request: RelationRequest, index: number, parentIds: string[], params: CypherParams): PreparedGroup | Error {
    try {
      const { spec, args, selection } = request;
      const window = resolvePageWindow(args, this.maxPageSize);
      const ordering = resolveOrdering(spec.target, args.orderBy);
      checkCursorOrdering(ordering, window);
      const filter = compileWhere(args.where as never, spec.target.filters, 'm', params);
      const during = args.asOf === undefined || args.asOf === null ? undefined : duringYear(spec, args.asOf, params);
      const cut = [
        window.after ? keysetPredicate('m', ordering, window.after, 'after', params) : undefined,
        window.before ? keysetPredicate('m', ordering, window.before, 'before', params) : undefined,
      ];
      const limit = params.add(neo4j.int(window.size + 1));
      const withRelationship = spec.bindsRelationship && (selection?.relationship ?? true);
      const related = (conditions: (string | undefined)[]) => {
        const where = [during ?? spec.condition, filter, ...conditions].filter(Boolean).join(' AND ');
        return [
          `  MATCH (n:${label(ENTITY_LABEL)} {id: pid})`,
          `  MATCH ${spec.pattern}`,
          where ? `  WHERE ${where}` : '',
          `  WITH DISTINCT m, ${spec.bindsRelationship ? 'r' : 'null AS r'}`,
        ].filter(Boolean);
      };
      const statement = [
        `UNWIND ${params.add(parentIds)} AS pid`,
        'CALL (pid) {',
        ...related(cut),
        `  ORDER BY ${orderByTerms('m', ordering, window.backward)} LIMIT ${limit}`,
        `  RETURN collect({node: ${nodeProjection('m', spec.target, selection?.fields, ordering.key.property)}, rel: ${withRelationship ? 'r' : 'null'}}) AS page`,
        '}',
        ...((selection?.total ?? true) ? ['CALL (pid) {', ...related([]), '  RETURN count(*) AS total', '}'] : []),
        `RETURN ${index} AS g, pid, ${(selection?.total ?? true) ? 'total' : 'null AS total'}, page`,
      ].join('\n');
      return { spec, window, ordering, statement };
    } catch (error) {
      return error as Error;
    }
  }
}

/**
 * The field's `during` predicate for the year.
 * @throws BadUserInputError when the field has no years to honour
 */
function duringYear(spec: RelationSpec, year: number, params: CypherParams): string {
  if (!spec.during) throw BadUserInputError.of('asOf', `${spec.name} has no since/until to honour`);
  return spec.during(params.add(neo4j.int(year)));
}

/** Requests that can share one UNION branch: same field, same arguments, same selection. */
function groupKey(request: RelationRequest): string {
  const selection = request.selection ? `${request.selection.fields.join(',')}|${request.selection.relationship}|${request.selection.total}` : '*';
  return `${request.spec.name}|${JSON.stringify(request.args)}|${selection}`;
}
