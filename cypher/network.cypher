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
// Each frontier node gives at most $cap distinct unseen neighbours before the ring is sorted (issue 15: a hub with
// thousands of relationships is sampled, not read whole and sorted, before the next ring expands). $cap is $limit + 1,
// more than the room left, so the ring is exact (every unseen neighbour, the smallest ids kept) whenever it is not
// truncated; when a node had more, the ring is truncated and holds the smallest ids among those sampled.
CALL (seen, frontier) {
  UNWIND frontier AS f
  CALL (f, seen) {
    MATCH (f)-[:{{TYPES}}]-(m:Entity)
    WHERE NOT m IN seen
    RETURN DISTINCT m LIMIT $cap
  }
  WITH DISTINCT m ORDER BY m.id LIMIT $cap
  RETURN collect(m) AS found
}
WITH center, seen, found[..($limit - size(seen))] AS next, truncated OR size(found) > $limit - size(seen) AS truncated
WITH center, seen + next AS seen, next AS frontier, truncated

// name: neighbourhoodEnd
// The relationships among the nodes reached, each read from its cheaper end (issue 15: at a million nodes a country's
// thousands of relationships were read whole to find the few among the nodes). A node with more than $hubDegree
// relationships out (in) is a hub on that side: relationships from a non-hub are read from their start, those from a
// hub to a non-hub from their end, and those between two hubs by asking each pair of hubs whose labels a type allows
// (one UNION ALL branch per type, filled in from the allow-list), which Neo4j answers from a dense node's per-type counts.
CALL (seen) {
  UNWIND seen AS x
  WITH x, COUNT { (x)-[:{{TYPES}}]->() } > $hubDegree AS hubOut, COUNT { (x)<-[:{{TYPES}}]-() } > $hubDegree AS hubIn
  WITH collect(x) AS all, collect(CASE WHEN hubOut THEN x END) AS hubsOut, collect(CASE WHEN hubIn THEN x END) AS hubsIn
  CALL (all, hubsOut, hubsIn) {
    UNWIND all AS a
    WITH a, all WHERE NOT a IN hubsOut
    MATCH (a)-[r:{{TYPES}}]->(b)
    WHERE b IN all
    RETURN r, a, b
    UNION ALL
    UNWIND all AS b
    WITH b, hubsOut WHERE NOT b IN hubsIn
    MATCH (a)-[r:{{TYPES}}]->(b)
    WHERE a IN hubsOut
    RETURN r, a, b
    {{HUB_PAIRS}}
  }
  WITH r, a, b ORDER BY a.id, type(r), b.id LIMIT $edgeCap
  RETURN collect({type: type(r), from: a.id, to: b.id, role: r.role, since: r.since, until: r.until}) AS edges
}
RETURN center, seen AS nodes, edges, truncated
