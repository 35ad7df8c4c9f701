// Counts kept up to date for the dashboard's whole-graph aggregates (src/graph/count-buckets.ts; issue 15, item 6).
// Every counted item (an event, publication, competence standard or policy document) is counted in CountBucket
// cells of its measure, year and kind (a standard's level): once in the cell of scope ALL, and once in the COUNTRY
// cell of each country it belongs to (as cypher/stats.cypher's aggregates define them), or in the NONE cell when it
// belongs to none. A grouping without countries sums ALL cells; a grouping by country sums COUNTRY (and NONE) cells,
// exact because an item belongs to a country at most once; a single country's figures are its COUNTRY cells. (A
// first design kept one bucket per set of countries: publications analysing several countries made 79,406 buckets for
// 150,000 publications at L, and reading them took 150 ms.) The item keeps its cells' keys in `countKeys`, so a
// change moves it from the cells it left to those it joined.

// name: bucketOfItem
// The fragment binding, for each `item`, its `cells` (key, measure, year, kind, scope, countryId). The
// measures are those of cypher/stats.cypher: an event's countries are those it was held in, directly or through a
// place (up to two LOCATED_IN steps); a publication's those it analyses; a standard's those it applies in, and its
// kind is its level; a policy document has none.
WITH item,
     CASE
       WHEN item:Event THEN 'EVENTS'
       WHEN item:Publication THEN 'PUBLICATIONS'
       WHEN item:CompetenceStandard THEN 'COMPETENCE_STANDARDS'
       ELSE 'POLICY_DOCUMENTS' END AS measure,
     item.year AS year,
     CASE WHEN item:CompetenceStandard THEN item.level ELSE item.kind END AS kind,
     COLLECT {
       CALL (item) {
         MATCH (item:Event)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country) RETURN c.id AS countryId
         UNION
         MATCH (item:Publication)-[:ANALYSES]->(c:Country) RETURN c.id AS countryId
         UNION
         MATCH (item:CompetenceStandard)-[:APPLIES_IN]->(c:Country) RETURN c.id AS countryId
       }
       RETURN countryId ORDER BY countryId
     } AS countryIds
WITH item, measure, year, kind,
     [{scope: 'ALL', countryId: null}] +
     CASE WHEN size(countryIds) = 0 THEN [{scope: 'NONE', countryId: null}]
          ELSE [countryId IN countryIds | {scope: 'COUNTRY', countryId: countryId}] END AS scopes
WITH item, [scope IN scopes | {
       key: measure + '|' + coalesce(toString(year), '') + '|' + coalesce(kind, '') + '|' + scope.scope + '|' +
            coalesce(scope.countryId, ''),
       measure: measure, year: year, kind: kind, scope: scope.scope, countryId: scope.countryId
     }] AS cells

// name: refreshItems
// Moves each item among $ids whose cells changed (a new item: into its first cells). Each item's write lock is
// taken before anything is read (the lost-update pattern of Neo4j's "Concurrent data access"), so two transactions
// that refresh the same item run one after the other and the second sees what the first committed. An event's
// places on the way to its countries are locked too: a transaction changing a LOCATED_IN holds the lock of the place
// it starts from, so a refresh reading that place waits for it to commit and then reads the new way. Cells are
// changed in key order, by `SET b.count = b.count + d`, which Neo4j reads under the write lock. Ids of other types
// and ids that do not exist are skipped.
UNWIND $ids AS id
MATCH (item:Entity {id: id})
WHERE item:Event OR item:Publication OR item:CompetenceStandard OR item:PolicyDocument
WITH DISTINCT item ORDER BY item.id
SET item.countLock = true
REMOVE item.countLock
WITH item
CALL (item) {
  MATCH (item:Event)-[:HELD_IN]->()-[:LOCATED_IN*0..1]->(step)
  WITH DISTINCT step ORDER BY step.id
  SET step.countLock = true
  REMOVE step.countLock
  RETURN count(step) AS steps
}
{{BUCKET_OF_ITEM}}
WITH item, cells, [cell IN cells | cell.key] AS keys, coalesce(item.countKeys, []) AS oldKeys
WHERE keys <> oldKeys
SET item.countKeys = keys
WITH collect([cell IN cells WHERE NOT cell.key IN oldKeys | {key: cell.key, delta: 1, cell: cell}] +
             [key IN oldKeys WHERE NOT key IN keys | {key: key, delta: -1, cell: null}]) AS itemMoves
CALL (itemMoves) {
  UNWIND itemMoves AS moves
  UNWIND moves AS move
  WITH move.key AS key, sum(move.delta) AS delta, collect(move.cell)[0] AS cell
  WHERE delta <> 0
  WITH key, delta, cell ORDER BY key
  MERGE (b:CountBucket {key: key})
  ON CREATE SET b += coalesce(cell, {}), b.count = 0
  SET b.count = b.count + delta
  RETURN count(*) AS buckets
}
RETURN size(itemMoves) AS moved

// name: forgetItem
// Before an item is deleted: takes it out of its cells (under its write lock, as above).
MATCH (item:Entity {id: $id})
SET item.countLock = true
WITH item, coalesce(item.countKeys, []) AS keys
REMOVE item.countLock, item.countKeys
WITH keys
UNWIND keys AS key
WITH key ORDER BY key
MATCH (b:CountBucket {key: key})
SET b.count = b.count - 1
RETURN count(*) AS cells

// name: itemsCountedThrough
// The items whose countries are read through the entities $ids (a place or country on an event's way to its
// countries, or a country a publication analyses or a standard applies in), and those entities themselves: what to
// refresh after the entities, or a LOCATED_IN from them, change or go.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  RETURN n.id AS itemId
  UNION
  MATCH (e:Event)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(n) RETURN e.id AS itemId
  UNION
  MATCH (item)-[:ANALYSES|APPLIES_IN]->(n) WHERE item:Publication OR item:CompetenceStandard RETURN item.id AS itemId
}
RETURN collect(DISTINCT itemId) AS ids

// name: uncountedItemIds
// Up to $first counted-type items that are in no cell yet (written before counts were kept, or by plain Cypher).
MATCH (item:Entity)
WHERE item.countKeys IS NULL AND item.id IS NOT NULL
  AND (item:Event OR item:Publication OR item:CompetenceStandard OR item:PolicyDocument)
RETURN item.id AS id
LIMIT $first

// name: dropBuckets
// A rebuild's first step: up to $first buckets go (run until none is left).
MATCH (b:CountBucket)
WITH b LIMIT $first
DETACH DELETE b
RETURN count(*) AS dropped

// name: dropCountKeys
// A rebuild's second step: up to $first items forget their cells (run until none is left); also the single key of
// version 1.
MATCH (item:Entity)
WHERE item.countKeys IS NOT NULL OR item.countKey IS NOT NULL
WITH item LIMIT $first
REMOVE item.countKeys, item.countKey
RETURN count(*) AS dropped

// name: countState
// Which version of the counts the database holds (none: they were never built here).
OPTIONAL MATCH (s:CountState {id: 'counts'})
RETURN s.version AS version

// name: setCountState
MERGE (s:CountState {id: 'counts'})
SET s.version = $version, s.builtAt = datetime()

// name: bucketsDrift
// The cells whose count differs from a recount of the items from the graph itself (key, kept, recounted); none when
// the counts are right. For tests and operators.
CALL () {
  MATCH (b:CountBucket) WHERE b.count <> 0 RETURN b.key AS key, b.count AS kept, 0 AS recounted
  UNION ALL
  MATCH (item:Entity)
  WHERE item:Event OR item:Publication OR item:CompetenceStandard OR item:PolicyDocument
  {{BUCKET_OF_ITEM}}
  UNWIND cells AS cell
  RETURN cell.key AS key, 0 AS kept, count(*) AS recounted
}
WITH key, sum(kept) AS kept, sum(recounted) AS recounted
WHERE kept <> recounted
RETURN key, kept, recounted
ORDER BY key
