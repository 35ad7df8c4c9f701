import neo4j from 'neo4j-driver';
import { RELATIONSHIP_TYPES, RelationshipType } from '../../domain/relationship-types';
import { bindCypher } from '../../db/cypher-files';
import { PlainNode } from '../../db/driver-values';
import { NotFoundError } from '../../errors/api-errors';
import { relType } from '../../graph/cypher-identifiers';
import { entityFromNode, EntityRecord } from '../../graph/entity-record';
import { Reader } from '../../graph/statement-batcher';
import { MAX_PATH_HOPS, MAX_NEIGHBOURHOOD_DEPTH } from './network.args';

/** A relationship by the ids of its ends. */
export interface LinkRecord {
  type: RelationshipType;
  from: string;
  to: string;
}

/** Shortest paths and neighbourhoods (cypher/network.cypher), one statement each. */
export class NetworkRepository {
  constructor(private readonly reader: Reader) {}

  /**
   * Up to `first` shortest paths from `from` to `to` of at most `maxHops` relationships of the given types.
   * @throws NotFoundError naming `from` or `to` when that entity does not exist
   */
  async shortestPaths(from: string, to: string, maxHops: number, types: RelationshipType[] | undefined, first: number) {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new Error(`maxHops out of range: ${maxHops}`);
    const params = this.reader.params();
    const statement = bindCypher('network.shortestPaths', { from, to, first: neo4j.int(first) }, params)
      .replace('{{TYPES}}', typeList(types))
      .replace('{{MAX_HOPS}}', String(maxHops));
    const [row] = await this.reader.read(statement, params.values, ['fromExists', 'toExists', 'paths']);
    if (!row?.fromExists) throw new NotFoundError('Entity (from)', from);
    if (!row.toExists) throw new NotFoundError('Entity (to)', to);
    return (row.paths as Array<{ nodes: PlainNode[]; relationships: LinkRecord[] }>).map((path) => ({
      length: path.relationships.length,
      nodes: path.nodes.map(entityFromNode),
      relationships: path.relationships,
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
      edges: row.edges as LinkRecord[],
      truncated: Boolean(row.truncated),
    };
  }
}

/** `A|B|C` from allow-listed relationship types (all of them by default). */
function typeList(types: RelationshipType[] | undefined): string {
  return (types?.length ? [...new Set(types)] : RELATIONSHIP_TYPES).map(relType).join('|');
}
