// Linked data (src/features/linked-data): entities as schema.org JSON-LD / Turtle. Only :Entity nodes and their
// relationships to other entities are read; the code keeps only relationship types of our allow-list.

// name: describeEntity
// One entity by id, its outgoing and incoming relationships with the other end's id, name and labels (each list cut
// at $cap, ordered so that the cut is stable).
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]->(m:Entity)
  WITH r, m ORDER BY type(r), m.id
  RETURN collect({type: type(r), id: m.id, name: m.name, labels: labels(m), kind: m.kind})[..$cap] AS outgoing
}
CALL (n) {
  MATCH (n)<-[r]-(m:Entity)
  WITH r, m ORDER BY type(r), m.id
  RETURN collect({type: type(r), id: m.id, name: m.name, labels: labels(m), kind: m.kind})[..$cap] AS incoming
}
RETURN n, outgoing, incoming

// name: dumpPage
// A page of every entity in id order after $after ('' for the first page), with its outgoing relationships (each
// relationship appears once in a dump: at its start node).
MATCH (n:Entity)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $pageSize
CALL (n) {
  MATCH (n)-[r]->(m:Entity)
  WITH r, m ORDER BY type(r), m.id
  RETURN collect({type: type(r), id: m.id, name: m.name, labels: labels(m), kind: m.kind}) AS outgoing
}
RETURN n, outgoing
ORDER BY n.id
