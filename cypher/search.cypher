// Full-text search (src/modules/search). $lucene is built from plain words only (lucene-query.ts); $folded is the
// folded text for substring matches inside words ("emploi" in "l'emploi"), ranked after full-text hits.

// name: search
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node, score
  WHERE any(label IN labels(node) WHERE label IN $labels)
  RETURN node, score
  UNION
  MATCH (node:Entity) WHERE node.searchKey CONTAINS $folded AND any(label IN labels(node) WHERE label IN $labels)
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
RETURN node, score
ORDER BY score DESC, node.name ASC, node.id ASC
LIMIT $first
