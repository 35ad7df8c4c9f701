// Paths and neighbourhoods (src/features/network). {{TYPES}} is a `|`-joined list of relationship types from our
// allow-list, {{MIN_HOPS}} and {{MAX_HOPS}} integers 1..6 and {{FIRST}} an integer 1..25
// checked before (Neo4j 5.26 takes no parameter for SHORTEST k or a quantifier); {{SELECTOR}} is one of two fixed texts; every value is a parameter.

// name: rankedPaths
// Up to {{FIRST}} paths of {{MIN_HOPS}} to {{MAX_HOPS}} relationships between two entities, in either direction, shortest
// first. {{SELECTOR}} is `SHORTEST {{FIRST}}` (the k shortest, whatever their lengths) or `SHORTEST 1 GROUP` (all paths
// of the shortest length, as allShortestPaths). The condition inside the parenthesised pattern
// keeps only simple paths (no entity twice) and, standing there, is applied before the k are chosen: a walk that
// turns back through an entity never takes the place of a real path. Ties in length are ordered by the ids along the
// path, so the answer is stable.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = {{SELECTOR}} ((a) (()-[:{{TYPES}}]-(x)){{{MIN_HOPS}},{{MAX_HOPS}}} (b)
    WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..]))
  WITH p ORDER BY length(p), [n IN nodes(p) | n.id] LIMIT {{FIRST}}
  RETURN collect({nodes: nodes(p), relationships: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role, since: r.since, until: r.until}]}) AS paths
}
// From an entity to itself: the one path of length 0 (Neo4j's shortest path selectors refuse equal ends).
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
  CASE WHEN a IS NOT NULL AND a = b THEN [{nodes: [a], relationships: []}] ELSE paths END AS paths

// name: neighbourhoodStart
MATCH (center:Entity {id: $id})
WITH center, [center] AS seen, [center] AS frontier, false AS truncated

// name: neighbourhoodStep
// One ring further out: unseen neighbours of the frontier, at most $limit nodes in all (the rest marks truncated).
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[:{{TYPES}}]-(m:Entity)
  WHERE NOT m IN seen
  WITH DISTINCT m ORDER BY m.id LIMIT $cap
  RETURN collect(m) AS found
}
WITH center, seen, found[..($limit - size(seen))] AS next, truncated OR size(found) > $limit - size(seen) AS truncated
WITH center, seen + next AS seen, next AS frontier, truncated

// name: neighbourhoodEnd
// The relationships among the nodes reached.
CALL (seen) {
  UNWIND seen AS a
  MATCH (a)-[r:{{TYPES}}]->(b)
  WHERE b IN seen
  WITH r, a, b LIMIT $edgeCap
  RETURN collect({type: type(r), from: a.id, to: b.id, role: r.role, since: r.since, until: r.until}) AS edges
}
RETURN center, seen AS nodes, edges, truncated
