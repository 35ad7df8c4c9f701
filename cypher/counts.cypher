// Counts kept up to date for the dashboard's whole-graph aggregates (src/graph/count-buckets.ts; issue 15, item 6).
// Every counted item (an event, publication, competence standard or policy document) is counted in exactly one
// CountBucket: the bucket of its measure, year, kind (a standard's level) and the sorted ids of the countries it
// belongs to, as cypher/stats.cypher's measure fragments define them. The item keeps its bucket's key in
// `countKey`, so a change moves it from that bucket to its new one. Because each item is in one bucket, an aggregate
// over buckets gives exactly what counting the items distinctly gives, for any grouping and country filter.

// name: bucketOfItem
// The fragment binding, for each `item`, its `bucket` (measure, year, kind, countryIds) and that bucket's `key`. The
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
WITH item, {measure: measure, year: year, kind: kind, countryIds: countryIds} AS bucket,
     measure + '|' + coalesce(toString(year), '') + '|' + coalesce(kind, '') + '|' +
     reduce(ids = '', countryId IN countryIds | ids + countryId + ' ') AS key

// name: refreshItems
// Moves each item among $ids whose bucket changed (a new item: into its first bucket). Each item's write lock is
// taken before anything is read (the lost-update pattern of Neo4j's "Concurrent data access"), so two transactions
// that refresh the same item run one after the other and the second sees what the first committed. An event's
// places on the way to its countries are locked too: a transaction changing a LOCATED_IN holds the lock of the place
// it starts from, so a refresh reading that place waits for it to commit and then reads the new way. Buckets are
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
WITH item, item.countKey AS oldKey, bucket, key
WHERE oldKey IS NULL OR oldKey <> key
SET item.countKey = key
WITH collect({key: key, delta: 1, bucket: bucket}) + collect({key: oldKey, delta: -1, bucket: null}) AS moves
CALL (moves) {
  UNWIND moves AS move
  WITH move WHERE move.key IS NOT NULL
  WITH move.key AS key, sum(move.delta) AS delta, collect(move.bucket)[0] AS bucket
  WHERE delta <> 0
  WITH key, delta, bucket ORDER BY key
  MERGE (b:CountBucket {key: key})
  ON CREATE SET b += coalesce(bucket, {}), b.count = 0
  SET b.count = b.count + delta
  RETURN count(*) AS buckets
}
RETURN size([move IN moves WHERE move.delta = 1]) AS moved

// name: forgetItem
// Before an item is deleted: takes it out of its bucket (under its write lock, as above).
MATCH (item:Entity {id: $id})
SET item.countLock = true
WITH item, item.countKey AS key
REMOVE item.countLock, item.countKey
WITH key WHERE key IS NOT NULL
MATCH (b:CountBucket {key: key})
SET b.count = b.count - 1
RETURN key

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
// Up to $first counted-type items that are in no bucket yet (written before counts were kept, or by plain Cypher).
MATCH (item:Entity)
WHERE item.countKey IS NULL
  AND (item:Event OR item:Publication OR item:CompetenceStandard OR item:PolicyDocument)
RETURN item.id AS id
LIMIT $first

// name: itemIdsAfter
// The next $first counted items after the id $after (null: from the start), in id order: the batches of a refresh
// of every item.
MATCH (item:Entity)
WHERE ($after IS NULL OR item.id > $after)
  AND (item:Event OR item:Publication OR item:CompetenceStandard OR item:PolicyDocument)
RETURN item.id AS id
ORDER BY id
LIMIT $first

// name: dropBuckets
// A rebuild's first step: up to $first buckets go (run until none is left).
MATCH (b:CountBucket)
WITH b LIMIT $first
DETACH DELETE b
RETURN count(*) AS dropped

// name: dropCountKeys
// A rebuild's second step: up to $first items forget their bucket (run until none is left).
MATCH (item:Entity)
WHERE item.countKey IS NOT NULL
WITH item LIMIT $first
REMOVE item.countKey
RETURN count(*) AS dropped

// name: countState
// Which version of the counts the database holds (none: they were never built here).
OPTIONAL MATCH (s:CountState {id: 'counts'})
RETURN s.version AS version

// name: setCountState
MERGE (s:CountState {id: 'counts'})
SET s.version = $version, s.builtAt = datetime()

// name: bucketsDrift
// The buckets whose count differs from a recount of the items from the graph itself (key → [kept, recounted]); none
// when the counts are right. For tests and `npm run db:counts -- --check`.
CALL () {
  MATCH (b:CountBucket) WHERE b.count <> 0 RETURN b.key AS key, b.count AS kept, 0 AS recounted
  UNION ALL
  MATCH (item:Entity)
  WHERE item:Event OR item:Publication OR item:CompetenceStandard OR item:PolicyDocument
  {{BUCKET_OF_ITEM}}
  RETURN key, 0 AS kept, count(*) AS recounted
}
WITH key, sum(kept) AS kept, sum(recounted) AS recounted
WHERE kept <> recounted
RETURN key, kept, recounted
ORDER BY key
