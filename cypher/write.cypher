// Statements of the validated writes (src/pipelines/write/write.repository.ts). `{{LABEL}}` and `{{TYPE}}` are
// replaced by a label or relationship type from our allow-lists (src/domain); every value is a parameter. A mutation
// runs several of them in one transaction, so it happens completely or not at all.

// name: entityById
// The entity with this id, whatever its type (to tell "not found" from "is another type").
MATCH (n:Entity {id: $id})
RETURN n

// name: createEntity
// $props are in stored form (Integer, Date) and hold no nulls. createdAt and updatedAt are the same instant.
CREATE (n:Entity:{{LABEL}})
SET n = $props,
    n.id = $id,
    n.name = $name,
    n.searchKey = $searchKey,
    n.sources = $sources,
    n.createdAt = datetime(),
    n.updatedAt = datetime(),
    n.updatedBy = $actor
RETURN n

// name: updateEntity
// $props: the changed properties in stored form; a null removes that property. $sources null keeps the list.
MATCH (n:Entity:{{LABEL}} {id: $id})
SET n += $props,
    n.name = $name,
    n.searchKey = $searchKey,
    n.sources = coalesce($sources, n.sources, []),
    n.updatedAt = datetime(),
    n.updatedBy = $actor
RETURN n

// name: dependents
// What is linked to the entity, either way, for a delete without force: at most $limit of them, and how many.
// No row when the entity does not exist (grouped by n: aggregates alone would return a row regardless).
MATCH (n:Entity:{{LABEL}} {id: $id})
OPTIONAL MATCH (n)-[r]-(m)
WITH n, r, m ORDER BY type(r), m.id
RETURN n.id AS id, count(r) AS total,
       collect(CASE WHEN r IS NULL THEN null ELSE {
         relationship: type(r),
         direction: CASE WHEN startNode(r) = n THEN 'OUTGOING' ELSE 'INCOMING' END,
         id: m.id,
         labels: labels(m)
       } END)[0..$limit] AS dependents

// name: deleteEntity
// DETACH DELETE: its relationships go with it (the caller checked dependents or was told to force).
MATCH (n:Entity:{{LABEL}} {id: $id})
WITH n, COUNT { (n)--() } AS relationships
DETACH DELETE n
RETURN relationships

// name: endpoints
// The two ends of a relationship to link, with their labels (fewer rows when one does not exist).
MATCH (n:Entity)
WHERE n.id IN [$from, $to]
RETURN n.id AS id, labels(n) AS labels

// name: lockEntities
// Takes the write lock of each entity in $ids (setting and removing a property changes nothing but holds the lock
// until the transaction ends), in id order so two links lock their common nodes in the same order. A link runs this
// before it reads anything, so concurrent links of the same nodes run one after the other and each sees what the
// one before committed (src/pipelines/write/relationship-write.service.ts).
MATCH (n:Entity)
WHERE n.id IN $ids
WITH n ORDER BY n.id
SET n.writeLock = true
REMOVE n.writeLock
RETURN collect(n.id) AS locked

// name: linkedComponent
// The ids of every entity joined to $from or $to by {{TYPE}} relationships in either direction (both ends included):
// what a PART_OF or FOLLOWS link locks before its cycle check. Bounded like the check (chains are short).
MATCH (e:Entity)
WHERE e.id IN [$from, $to]
MATCH (e)-[:{{TYPE}}*0..100]-(n:Entity)
RETURN collect(DISTINCT n.id) AS ids

// name: mergeRelationship
// Creates the relationship or updates the one there is; $props in stored form, a null removes that property.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
OPTIONAL MATCH (a)-[existing:{{TYPE}}]->(b)
WITH a, b, existing IS NULL AS created
MERGE (a)-[r:{{TYPE}}]->(b)
ON CREATE SET r.createdAt = datetime(), r.sources = []
SET r += $props,
    r.sources = coalesce($sources, r.sources, []),
    r.updatedAt = datetime(),
    r.updatedBy = $actor
RETURN a, b, r, created

// name: closesCycle
// After linking $from → $to: true when $to already led back to $from, so the new relationship closed a cycle
// (an event series that contains itself). Bounded, since PART_OF and FOLLOWS chains are short.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
RETURN EXISTS { MATCH (b)-[:{{TYPE}}*1..50]->(a) } AS cycle

// name: deleteRelationship
MATCH (:Entity {id: $from})-[r:{{TYPE}}]->(:Entity {id: $to})
DELETE r
RETURN count(*) AS removed
