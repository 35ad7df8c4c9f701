import DataLoader from 'dataloader';
import { PlainNode, PlainRelationship } from '../db/driver-values';
import { CypherParams } from './cypher-identifiers';
import { buildConnection, ConnectionResult, FetchedRow } from './connection';
import { entityFromNode, toEntityObject, toRelationshipObject } from './entity-record';
import { EntitySelection } from './entity-selection';
import { ReadAheadPage } from './read-ahead';
import { PagedStatement } from './read-statements';
import { RelationArguments, relationBranch, RelationSpec, relationStatement } from './relation-statement';
import { Reader } from './statement-batcher';

export type { RelationArguments, RelationSpec, RelationVariables } from './relation-statement';

/** A prepared UNION branch and the request it answers. */
type Prepared = PagedStatement & { request: RelationRequest };

interface RelationRequest {
  parentId: string;
  spec: RelationSpec;
  args: RelationArguments;
  /** What is selected on the related entities and edges (undefined: read everything). */
  selection?: EntitySelection;
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
  connection(
    parentId: string,
    spec: RelationSpec,
    args: RelationArguments = {},
    selection?: EntitySelection,
  ): Promise<ConnectionResult> {
    return this.loader.load({ parentId, spec, args, selection });
  }

  /**
   * The first related entity in the target's default order, or null (to-one fields such as a place's country); with
   * `asOf`, among those related in that year.
   */
  async single(
    parentId: string,
    spec: RelationSpec,
    selection?: EntitySelection,
    asOf?: number | null,
  ): Promise<ConnectionResult['nodes'][number] | null> {
    const result = await this.connection(
      parentId,
      spec,
      asOf === undefined || asOf === null ? { first: 1 } : { first: 1, asOf },
      selection,
    );
    return result.nodes[0] ?? null;
  }

  /**
   * Hands the loader a page read ahead of time (graph/read-ahead.ts), as if a batch had read it: a resolver asking the
   * same field, arguments and selection of that parent gets it without a round trip. An entry already there stays.
   */
  prime(
    parentId: string,
    spec: RelationSpec,
    args: RelationArguments,
    selection: EntitySelection,
    page: ConnectionResult,
  ) {
    this.loader.prime({ parentId, spec, args, selection }, page);
  }

  /** {@link prime} for every page read ahead with a root list or lookup (none: nothing to do). */
  primeAll(pages: readonly ReadAheadPage[] | undefined): void {
    for (const { parentId, field, connection } of pages ?? [])
      this.prime(parentId, field.spec, field.args, field.selection, connection);
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
    const groups = new Map<string, { prepared: Prepared | Error; index: number }>();
    for (const [key, { request, parentIds }] of byKey) {
      const index = groups.size;
      groups.set(key, { prepared: this.prepare(request, index, [...parentIds], params), index });
    }
    const branches = [...groups.values()].filter((g) => !(g.prepared instanceof Error));
    const results = new Map<string, { total: number | null; rows: FetchedRow[] }>();
    if (branches.length > 0) {
      const statement = relationStatement(
        branches.map((g) => g.prepared as PagedStatement),
        params,
      );
      const rows = await this.reader.read(statement.cypher, statement.params, ['g', 'pid', 'total', 'page']);
      for (const row of rows) {
        const group = branches.find((g) => g.index === Number(row.g));
        if (!group) continue;
        const target = (group.prepared as Prepared).request.spec.target;
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

  /** One UNION branch (graph/relation-statement.ts), or the input error that keeps the request from being read. */
  private prepare(
    request: RelationRequest,
    index: number,
    parentIds: string[],
    params: CypherParams,
  ): Prepared | Error {
    try {
      const branch = relationBranch({ ...request, parentIds, maxPageSize: this.maxPageSize }, index, params);
      return { ...branch, request };
    } catch (error) {
      return error as Error;
    }
  }
}

/** Requests that can share one UNION branch: same field, same arguments, same selection. */
function groupKey(request: RelationRequest): string {
  const selection = request.selection
    ? `${request.selection.fields.join(',')}|${request.selection.relationship}|${request.selection.total}`
    : '*';
  return `${request.spec.name}|${canonicalJson(request.args)}|${selection}`;
}

/**
 * JSON of a value with object keys sorted and undefined members left out, so the arguments of a field read ahead
 * (plain objects from the query) and those a resolver receives (type-graphql's class instances, keys in declaration
 * order) give one key when they are equal.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (!member || typeof member !== 'object' || Array.isArray(member)) return member;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(member).sort()) {
      const inner = (member as Record<string, unknown>)[key];
      if (inner !== undefined) sorted[key] = inner;
    }
    return sorted;
  });
}
