import { RelationshipType } from '../../domain/relationship-types';
import { PlainNode } from '../../db/driver-values';
import { NotFoundError } from '../../errors/api-errors';
import { entityFromNode } from '../../graph/entity-record';
import { Reader } from '../../graph/statement-batcher';
import { neighbourhoodStatement, PathQuery, rankedPathsStatement } from './network.statements';

export type { PathQuery } from './network.statements';

/** A relationship by the ids of its ends, with its role and years when it has them. */
export interface LinkRecord {
  type: RelationshipType;
  from: string;
  to: string;
  role?: string | null;
  since?: string | null;
  until?: string | null;
}

/** Ranked paths and neighbourhoods (cypher/network.cypher), one statement each. */
export class NetworkRepository {
  constructor(private readonly reader: Reader) {}

  /**
   * Up to `first` simple paths (no entity twice) from `from` to `to` of `minHops` to `maxHops` relationships of the
   * given types, shortest first, ties ordered by the ids along the path. From an entity to itself: the one path of
   * length 0.
   * @throws NotFoundError naming `from` or `to` when that entity does not exist
   * @throws Error (network.statements.ts) for hop bounds or `first` out of range (a programming error: the args
   *   validate them first)
   */
  async rankedPaths(from: string, to: string, query: PathQuery) {
    const statement = rankedPathsStatement(from, to, query, this.reader.params());
    const [row] = await this.reader.read(statement.cypher, statement.params, ['fromExists', 'toExists', 'paths']);
    if (!row?.fromExists) throw new NotFoundError('Entity (from)', from);
    if (!row.toExists) throw new NotFoundError('Entity (to)', to);
    return (row.paths as Array<{ nodes: PlainNode[]; relationships: LinkRecord[] }>).map((path) => ({
      length: path.relationships.length,
      nodes: path.nodes.map(entityFromNode),
      relationships: path.relationships.map(toLink),
    }));
  }

  /**
   * The entities within `depth` relationships of `id` (at most `limit`, center included) and the relationships among
   * them.
   * @throws NotFoundError when `id` does not exist (as `paths` does for its ends)
   */
  async neighbourhood(id: string, depth: number, limit: number, types: RelationshipType[] | undefined) {
    const statement = neighbourhoodStatement(id, depth, limit, types, this.reader.params());
    const [row] = await this.reader.read(statement.cypher, statement.params, ['center', 'nodes', 'edges', 'truncated']);
    if (!row) throw new NotFoundError('Entity', id);
    return {
      center: entityFromNode(row.center as PlainNode),
      nodes: (row.nodes as PlainNode[]).map(entityFromNode),
      edges: (row.edges as LinkRecord[]).map(toLink),
      truncated: Boolean(row.truncated),
    };
  }
}

/** A relationship as read, its years as text (a stored date or year-month prints as written: `2013-05`). */
function toLink(link: LinkRecord): LinkRecord {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    type: link.type,
    from: link.from,
    to: link.to,
    role: text(link.role),
    since: text(link.since),
    until: text(link.until),
  };
}
