// Importer statements (src/pipelines/import/import.writer.ts). `{{LABEL}}` and `{{TYPE}}` are replaced by a label or
// relationship type from our allow-lists (src/domain); every value is a parameter. Each runs once per batch, in
// the batch's transaction.

// name: mergeEntities
// $rows: [{id, name, props, sources}], all of one entity type. Outcome per row: created, updated or unchanged
// (same name, every incoming property equal, no new source); unchanged rows are not written at all, so a
// second import of the same file changes nothing. A created node gets its folded `searchKey` (row.searchKey, from the
// row's own names) here; `updatedIds` are the rows whose stored names may have changed, to refresh after.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
WITH row, CASE
  WHEN existing IS NULL THEN 'created'
  WHEN existing:{{LABEL}} AND existing.name = row.name
       AND all(key IN keys(row.props) WHERE existing[key] = row.props[key])
       AND all(source IN row.sources WHERE source IN coalesce(existing.sources, [])) THEN 'unchanged'
  ELSE 'updated' END AS outcome
MERGE (n:Entity {id: row.id})
ON CREATE SET n.createdAt = datetime(), n.sources = [], n.searchKey = row.searchKey
SET n:{{LABEL}}
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END |
  SET n += row.props,
      n.name = row.name,
      n.sources = n.sources + [source IN row.sources WHERE NOT source IN n.sources],
      n.updatedAt = datetime(),
      n.updatedBy = $actor)
RETURN outcome, count(*) AS count, collect(CASE WHEN outcome = 'updated' THEN row.id END) AS updatedIds

// name: namesForSearchKeys
// The names a searchKey is folded from, after a batch was merged.
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, n.acronym AS acronym, n.originalName AS originalName, n.altNames AS altNames, n.labelValues AS labelValues,
  n.searchKey AS searchKey

// name: setSearchKeys
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.searchKey = row.searchKey

// name: existingEndpoints
// Which relation endpoints already exist, with their labels.
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels

// name: mergeRelations
// $rows: [{from, to, props, sources}], all of one relationship type; both ends exist (checked before).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[existing:{{TYPE}}]->(b)
WITH row, a, b, CASE
  WHEN existing IS NULL THEN 'created'
  WHEN all(key IN keys(row.props) WHERE existing[key] = row.props[key])
       AND all(source IN row.sources WHERE source IN coalesce(existing.sources, [])) THEN 'unchanged'
  ELSE 'updated' END AS outcome
MERGE (a)-[r:{{TYPE}}]->(b)
ON CREATE SET r.createdAt = datetime(), r.sources = []
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END |
  SET r += row.props,
      r.sources = r.sources + [source IN row.sources WHERE NOT source IN r.sources],
      r.updatedAt = datetime(),
      r.updatedBy = $actor)
RETURN outcome, count(*) AS count
