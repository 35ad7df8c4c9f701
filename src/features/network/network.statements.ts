import neo4j from 'neo4j-driver';
import { RELATIONSHIP_ENDPOINTS, RELATIONSHIP_TYPES, RelationshipType } from '../../domain/relationship-types';
import { EntityType } from '../../domain/entity-types';
import { bindCypher } from '../../db/cypher-files';
import { CypherParams, label, relType, Statement } from '../../graph/cypher-identifiers';
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_PATH_HOPS, MAX_PATHS } from './network.limits';

/*
 * The statements of the network fields (cypher/network.cypher) as pure functions of their arguments. Hop bounds,
 * path counts and relationship types enter the text through `{{NAME}}` (Neo4j 5.26 takes no parameter there), after
 * the checks below and the allow-list; ids and limits are parameters.
 */

/** Which paths `rankedPaths` looks for. */
export interface PathQuery {
  minHops: number;
  maxHops: number;
  types: RelationshipType[] | undefined;
  first: number;
  /** Only the paths of the shortest length (as allShortestPaths), instead of the `first` shortest of any length. */
  shortestOnly?: boolean;
}

/**
 * Up to `first` simple paths from `from` to `to` (see NetworkRepository.rankedPaths); one row with columns
 * `fromExists`, `toExists`, `paths`.
 * @throws Error when the hop bounds are not integers with 1 <= minHops <= maxHops <= MAX_PATH_HOPS, or `first` not one
 *   of 1..MAX_PATHS (the args validate them first, so this is a programming error)
 */
export function rankedPathsStatement(from: string, to: string, query: PathQuery, params: CypherParams): Statement {
  const { minHops, maxHops, first } = query;
  const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_PATH_HOPS;
  if (!inRange(minHops) || !inRange(maxHops) || minHops > maxHops) {
    throw new Error(`hops out of range: ${minHops}..${maxHops}`);
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_PATHS) throw new Error(`first out of range: ${first}`);
  const cypher = bindCypher('network.rankedPaths', { from, to }, params, {
    SELECTOR: query.shortestOnly ? 'SHORTEST 1 GROUP' : `SHORTEST ${first}`,
    FIRST: String(first),
    TYPES: typeList(query.types),
    MIN_HOPS: String(minHops),
    MAX_HOPS: String(maxHops),
  });
  return { cypher, params: params.values };
}

/**
 * The entities within `depth` relationships of `id` (at most `limit`, center included) and the relationships among
 * them: one row with columns `center`, `nodes`, `edges`, `truncated`, or none when `id` does not exist.
 * Each ring takes at most `limit + 1` unseen neighbours from each frontier node before sorting (exact unless
 * truncated); the edges are read from each relationship's cheaper end (cypher/network.cypher).
 * @param hubDegree more relationships than this on one side make a node a hub for the edge reading (tests set it
 *   low to take every branch on the bundled data; the answer is the same for any value)
 * @throws Error when `depth` is not an integer in 1..MAX_NEIGHBOURHOOD_DEPTH (a programming error)
 */
export function neighbourhoodStatement(
  id: string,
  depth: number,
  limit: number,
  types: RelationshipType[] | undefined,
  params: CypherParams,
  hubDegree = HUB_DEGREE,
): Statement {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBOURHOOD_DEPTH) {
    throw new Error(`depth out of range: ${depth}`);
  }
  const values = {
    id,
    limit: neo4j.int(limit),
    cap: neo4j.int(limit + 1),
    edgeCap: neo4j.int(limit * 10),
    hubDegree: neo4j.int(hubDegree),
  };
  const fragments = neighbourhoodFragments(types);
  const bind = (name: string) => bindCypher(name, values, params, fragments);
  const step = bind('network.neighbourhoodStep');
  const rings = Array.from({ length: depth }, () => step);
  const cypher = [bind('network.neighbourhoodStart'), ...rings, bind('network.neighbourhoodEnd')].join('\n');
  return { cypher, params: params.values };
}

/**
 * More relationships than this on one side (out or in) make a node a hub for the neighbourhood's edge reading
 * (cypher/network.cypher, neighbourhoodEnd). Neo4j keeps per-type counts for nodes above 50 relationships (its dense
 * node threshold), so hubs are asked pairwise from those counts; below it a node's relationships are read whole.
 */
export const HUB_DEGREE = 200;

/**
 * The text fragments of the neighbourhood statements for `types` (all by default): `TYPES`, the `|`-joined types, and
 * `HUB_PAIRS`, one UNION ALL branch per type reading the relationships between hubs (exported for the benchmark's
 * copy of the statement).
 */
export function neighbourhoodFragments(types: RelationshipType[] | undefined): Record<string, string> {
  return { TYPES: typeList(types), HUB_PAIRS: chosenTypes(types).map(hubPairBranch).join('\n    ') };
}

/**
 * One branch of the hub-pair reading: a relationship of `type` between two hubs `a` and `b`, asked only where their
 * labels are endpoints the type allows (RELATIONSHIP_ENDPOINTS, enforced on every write), so that a country and a
 * country are never asked about HOSTED_BY.
 */
function hubPairBranch(type: RelationshipType): string {
  const { from, to } = RELATIONSHIP_ENDPOINTS[type];
  const hasLabel = (name: string, types: readonly EntityType[]) => types.map((t) => `${name}:${label(t)}`).join(' OR ');
  return [
    'UNION ALL',
    `UNWIND [a IN hubsOut WHERE ${hasLabel('a', from)}] AS a`,
    `UNWIND [b IN hubsIn WHERE ${hasLabel('b', to)}] AS b`,
    `MATCH (a)-[r:${relType(type)}]->(b)`,
    'RETURN r, a, b',
  ].join('\n    ');
}

/** The relationship types asked for, each once, or all of them when none are. */
function chosenTypes(types: RelationshipType[] | undefined): readonly RelationshipType[] {
  return types?.length ? [...new Set(types)] : RELATIONSHIP_TYPES;
}

/** `A|B|C` from allow-listed relationship types (all of them by default). */
function typeList(types: RelationshipType[] | undefined): string {
  return chosenTypes(types).map(relType).join('|');
}
