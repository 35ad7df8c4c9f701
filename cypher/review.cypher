// Review queue statements (src/pipelines/ingest/ingest.proposal-queue.ts). Proposal and PROPOSED_FROM are our own
// label and relationship type (src/pipelines/ingest/ingest.proposal-store.ts); values are parameters.

// name: proposalsPage
// One page of proposals with $status, oldest first, after the keyset ($afterCreatedAt, $afterId) when given.
MATCH (p:Proposal {status: $status})
WHERE $afterId IS NULL OR p.createdAt > datetime($afterCreatedAt) OR (p.createdAt = datetime($afterCreatedAt) AND p.id > $afterId)
WITH p ORDER BY p.createdAt, p.id LIMIT $limit
OPTIONAL MATCH (p)-[:PROPOSED_FROM]->(d:SourceDocument)
WITH p, d ORDER BY d.ingestedAt, d.id
WITH p, collect(d {.id, .url}) AS docs
RETURN p {.*} AS proposal, docs[0].id AS documentId, docs[0].url AS documentUrl,
  [x IN docs | x.id] AS documentIds, [x IN docs | x.url] AS documentUrls
ORDER BY proposal.createdAt, proposal.id

// name: proposalCount
MATCH (p:Proposal {status: $status})
RETURN count(p) AS total

// name: proposalForReview
// The proposal and its documents (oldest first; documentId/documentUrl: the first), locked for the review's transaction (the status is re-read under the lock).
MATCH (p:Proposal {id: $id})
SET p._lock = true
REMOVE p._lock
WITH p
OPTIONAL MATCH (p)-[:PROPOSED_FROM]->(d:SourceDocument)
WITH p, d ORDER BY d.ingestedAt, d.id
WITH p, collect(d {.id, .url}) AS docs
RETURN p {.*} AS proposal, docs[0].id AS documentId, docs[0].url AS documentUrl,
  [x IN docs | x.id] AS documentIds, [x IN docs | x.url] AS documentUrls

// name: endpointsExist
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
RETURN a.id AS from, b.id AS to

// name: setProposedValues
// Sets the accepted values on an existing node ($props: allow-listed event props, stored form) and reads back its
// dates, so the caller can refuse an end before the start.
MATCH (n:Entity {id: $id})
SET n += $props, n.updatedAt = datetime(), n.updatedBy = $actor
RETURN n.id AS id, n.startDate AS startDate, n.endDate AS endDate

// name: markReviewed
MATCH (p:Proposal {id: $id})
SET p.status = $status, p.reviewedBy = $actor, p.reviewedAt = datetime(), p.rejectionReason = $reason
REMOVE p.pendingKey
WITH p
OPTIONAL MATCH (p)-[:PROPOSED_FROM]->(d:SourceDocument)
WITH p, d ORDER BY d.ingestedAt, d.id
WITH p, collect(d {.id, .url}) AS docs
RETURN p {.*} AS proposal, docs[0].id AS documentId, docs[0].url AS documentUrl,
  [x IN docs | x.id] AS documentIds, [x IN docs | x.url] AS documentUrls
