// Paths and neighbourhoods (src/modules/network). {{TYPES}} is a `|`-joined list of relationship types from our
// allow-list and {{MAX_HOPS}} an integer 1..6 checked before; every value is a parameter.

// name: shortestPaths
// Up to $first shortest paths between two entities over the given relationship types, in either direction.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[:{{TYPES}}*1..{{MAX_HOPS}}]-(b))
  WITH p LIMIT $first
  RETURN collect({nodes: nodes(p), relationships: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]}) AS paths
}
// From an entity to itself: the one path of length 0 (Neo4j's shortest path functions refuse equal ends).
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
  RETURN collect({type: type(r), from: a.id, to: b.id}) AS edges
}
RETURN center, seen AS nodes, edges, truncated
