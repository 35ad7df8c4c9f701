// Full-text search (src/features/search). $lucene is built from plain words only (lucene-query.ts); $folded is the
// whole search text folded like searchKey (case and accents ignored, spaces collapsed), used twice:
// - for substring matches inside words ("emploi" in "l'emploi"), ranked after full-text hits. Texts shorter than
//   3 characters (MIN_PREFIX_LENGTH in lucene-query.ts) are not searched inside words: "le" is in "level" and
//   "Lehrbetrieb", which are no answer to "Le Forem"; they still find an entity whose name or acronym they are.
// - for exact matches: an entity whose name, acronym, original or alternative name (the ' | '-separated parts of its
//   searchKey) is the whole text ranks above every other hit. Lucene cannot tell "Cedefop" the acronym from a word
//   of "Cedefop Brussels seminars" (a shorter field even scores the event higher), so the lift is computed here:
//   such a hit scores the best candidate's score + 1 + its own, which keeps the score order the result order and
//   keeps the all-words and any-words tiers of $lucene, in their order, below. Any exact match is a candidate: its
//   searchKey contains $folded.
// The statement must end in `RETURN node, score` + ORDER BY + `LIMIT $first` (bench/targets wraps it).

// name: search
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node, score
  WHERE any(label IN labels(node) WHERE label IN $labels)
  RETURN node, score
  UNION
  MATCH (node:Entity)
  WHERE node.searchKey CONTAINS $folded AND any(label IN labels(node) WHERE label IN $labels)
    AND (size($folded) >= 3 OR $folded IN split(node.searchKey, ' | '))
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
WITH collect({node: node, score: score, exact: $folded IN split(node.searchKey, ' | ')}) AS hits, max(score) AS best
UNWIND hits AS hit
WITH hit.node AS node, CASE WHEN hit.exact THEN best + 1.0 + hit.score ELSE hit.score END AS score
RETURN node, score
ORDER BY score DESC, node.name ASC, node.id ASC
LIMIT $first
