import neo4j from 'neo4j-driver';
import { RELATIONSHIP_TYPES, RelationshipType } from '../../domain/relationship-types';
import { bindCypher } from '../../db/cypher-files';
import { PlainNode } from '../../db/driver-values';
import { NotFoundError } from '../../errors/api-errors';
import { relType } from '../../graph/cypher-identifiers';
import { entityFromNode } from '../../graph/entity-record';
import { Reader } from '../../graph/statement-batcher';
import { MAX_PATH_HOPS, MAX_NEIGHBOURHOOD_DEPTH, MAX_PATHS } from './network.args';

/** A relationship by the ids of its ends, with its role and years when it has them. */
export interface LinkRecord {
  type: RelationshipType;
  from: string;
  to: string;
  role?: string | null;
  since?: string | null;
  until?: string | null;
}

/** Which paths `rankedPaths` looks for. */
export interface PathQuery {
  minHops: number;
  maxHops: number;
  types: RelationshipType[] | undefined;
  first: number;
  /** Only the paths of the shortest length found (as allShortestPaths), instead of the `first` shortest of any length. */
  shortestOnly?: boolean;
}

/** Ranked paths and neighbourhoods (cypher/network.cypher), one statement each. */
export class NetworkRepository {
  constructor(private readonly reader: Reader) {}

  /**
   * Up to `first` simple paths (no entity twice) from `from` to `to` of `minHops` to `maxHops` relationships of the
   * given types, shortest first, ties ordered by the ids along the path. From an entity to itself: the one path of
   * length 0.
   * @throws NotFoundError naming `from` or `to` when that entity does not exist
   * @throws Error when the hop bounds are not integers with 1 <= minHops <= maxHops <= MAX_PATH_HOPS, or `first` not one
   *   of 1..MAX_PATHS (the args validate them first, so this is a programming error)
   */
  async rankedPaths(from: string, to: string, query: PathQuery) {
    const { minHops, maxHops } = query;
    const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_PATH_HOPS;
    if (!inRange(minHops) || !inRange(maxHops) || minHops > maxHops) throw new Error(`hops out of range: ${minHops}..${maxHops}`);
    if (!Number.isInteger(query.first) || query.first < 1 || query.first > MAX_PATHS) throw new Error(`first out of range: ${query.first}`);
    const params = this.reader.params();
    const statement = bindCypher('network.rankedPaths', { from, to }, params)
      .replace(/\{\{SELECTOR\}\}/g, query.shortestOnly ? 'SHORTEST 1 GROUP' : 'SHORTEST {{FIRST}}')
      .replace(/\{\{FIRST\}\}/g, String(query.first))
      .replace(/\{\{TYPES\}\}/g, typeList(query.types))
      .replace(/\{\{MIN_HOPS\}\}/g, String(minHops))
      .replace(/\{\{MAX_HOPS\}\}/g, String(maxHops));
    const [row] = await this.reader.read(statement, params.values, ['fromExists', 'toExists', 'paths']);
    if (!row?.fromExists) throw new NotFoundError('Entity (from)', from);
    if (!row.toExists) throw new NotFoundError('Entity (to)', to);
    return (row.paths as Array<{ nodes: PlainNode[]; relationships: LinkRecord[] }>).map((path) => ({
      length: path.relationships.length,
      nodes: path.nodes.map(entityFromNode),
      relationships: path.relationships.map(toLink),
    }));
  }

  /**
   * The entities within `depth` relationships of `id` (at most `limit`, center included) and the relationships among them.
   * @throws NotFoundError when `id` does not exist (as `paths` does for its ends)
   */
  async neighbourhood(id: string, depth: number, limit: number, types: RelationshipType[] | undefined) {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBOURHOOD_DEPTH) throw new Error(`depth out of range: ${depth}`);
    const params = this.reader.params();
    const values = { id, limit: neo4j.int(limit), cap: neo4j.int(limit + 1), edgeCap: neo4j.int(limit * 10) };
    const bind = (name: string) => bindCypher(name, values, params);
    const step = bind('network.neighbourhoodStep');
    const statement = [bind('network.neighbourhoodStart'), ...Array.from({ length: depth }, () => step), bind('network.neighbourhoodEnd')]
      .join('\n')
      .replace(/\{\{TYPES\}\}/g, typeList(types));
    const [row] = await this.reader.read(statement, params.values, ['center', 'nodes', 'edges', 'truncated']);
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
  return { type: link.type, from: link.from, to: link.to, role: text(link.role), since: text(link.since), until: text(link.until) };
}

/** `A|B|C` from allow-listed relationship types (all of them by default). */
function typeList(types: RelationshipType[] | undefined): string {
  return (types?.length ? [...new Set(types)] : RELATIONSHIP_TYPES).map(relType).join('|');
}
