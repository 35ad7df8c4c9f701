// Document ingestion statements (src/pipelines/ingest). Values are parameters; the labels and relationship types
// written here are our own: entity labels from src/domain/entity-types.ts, SourceDocument and EXTRACTED_FROM from
// src/domain/provenance.ts.

// name: resolutionCandidates
// Everything an extracted mention may resolve to: nodes with a proposed id, every node of the non-event types the
// document mentions (names, acronyms and alternative names are compared in code, folded), and events that share the
// document's URL or start date, with the places and countries they were held in.
MATCH (n:Entity)
WHERE n.id IN $ids
   OR (NOT n:Event AND any(label IN labels(n) WHERE label IN $labels))
   OR (n:Event AND ((n.url IS NOT NULL AND n.url = $url) OR (n.startDate IS NOT NULL AND n.startDate = date($startDate))))
OPTIONAL MATCH (n:Event)-[:HELD_IN]->(venue:Entity)
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'] AS labels, n.name AS name, n.searchKey AS searchKey,
       n.acronym AS acronym, n.year AS year, n.kind AS kind, n.startDate AS startDate, n.endDate AS endDate,
       n.virtual AS virtual, n.url AS url,
       n.startYear AS startYear, n.endYear AS endYear,
       collect(venue.id) AS heldIn

// name: existingRelationships
// Which of the planned relationships exist already ($pairs: [{from, type, to}]).
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.from})-[r]->(b:Entity {id: pair.to})
WHERE type(r) = pair.type
RETURN DISTINCT pair.from AS from, pair.type AS type, pair.to AS to

// name: sourceDocument
MATCH (d:SourceDocument {id: $id})
RETURN d.id AS id, d.url AS url, d.contentHash AS contentHash, d.ingestedAt AS ingestedAt

// name: mergeSourceDocument
// The document node; created once, never rewritten (a second ingestion of the same text changes nothing). The first
// statement of an ingestion's transaction: MERGE on the unique id makes concurrent ingestions of one text wait for
// each other, and `created` (true only where ON CREATE ran; the marker is removed at once) tells the one that writes.
MERGE (d:SourceDocument {id: $document.id})
ON CREATE SET d.url = $document.url, d.contentHash = $document.contentHash, d.title = $document.title,
              d.documentType = $document.documentType, d.language = $document.language,
              d.ingestedAt = datetime(), d.ingestedBy = $actor, d.justCreated = true
WITH d, coalesce(d.justCreated, false) AS created
REMOVE d.justCreated
RETURN d.ingestedAt AS ingestedAt, created

// name: linkExtractedFrom
// $rows: [{id, confidence, start, end, text}], the entities this ingestion created, each with the span it came from.
MATCH (d:SourceDocument {id: $documentId})
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MERGE (n)-[e:EXTRACTED_FROM]->(d)
ON CREATE SET e.confidence = row.confidence, e.start = row.start, e.end = row.end, e.text = row.text, e.createdAt = datetime()
RETURN count(e) AS linked

// name: sourceDocumentsOf
// The documents each of $ids was extracted from, newest first.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[:EXTRACTED_FROM]->(d:SourceDocument)
RETURN id, d.id AS docId, d.url AS url, d.contentHash AS contentHash, d.ingestedAt AS ingestedAt, d.title AS title, d.documentType AS documentType,
       d.language AS language
ORDER BY d.ingestedAt DESC

// name: sourceDocumentById
MATCH (d:SourceDocument {id: $id})
OPTIONAL MATCH (n:Entity)-[:EXTRACTED_FROM]->(d)
RETURN d.id AS docId, d.url AS url, d.contentHash AS contentHash, d.ingestedAt AS ingestedAt, d.title AS title,
       d.documentType AS documentType, d.language AS language, collect(n.id) AS factIds

// name: createProposals
// The review queue's entries of one ingestion ($rows: [{id, pendingKey, props}]), each linked to the document it came
// from. A PENDING proposal is unique by what it would write ($rows.pendingKey, constraint proposal_pending_key): when
// another page proposed the same change and it is still pending, this document is linked to that one instead (one
// proposal citing all its sources). A proposal already queued from this document (same id) is left as it is,
// reviewed or not. Returns, per row, the id of the proposal that holds it.
MATCH (d:SourceDocument {id: $documentId})
UNWIND $rows AS row
OPTIONAL MATCH (old:Proposal {id: row.id})
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
  MERGE (p:Proposal {pendingKey: row.pendingKey})
  ON CREATE SET p += row.props, p.id = row.id, p.status = 'PENDING', p.createdAt = datetime(), p.createdBy = $actor
  MERGE (p)-[:PROPOSED_FROM]->(d))
FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | MERGE (old)-[:PROPOSED_FROM]->(d))
WITH row, old
OPTIONAL MATCH (held:Proposal {pendingKey: row.pendingKey})
RETURN row.id AS draftId, coalesce(old.id, held.id) AS id
