// Statements of the load test (bench/loadtest.ts); its writes go through the API's createOrganisation mutation.

// name: auditRun
// Every organisation a run created (ids share the run's prefix), with what the audit compares.
MATCH (o:Organisation) WHERE o.id STARTS WITH $prefix
RETURN o.id AS id, o.name AS name, o.acronym AS acronym, o.kind AS kind, o.countryCode AS countryCode, o.founded AS founded,
       o.sources AS sources, o.updatedBy AS updatedBy, toString(o.createdAt) AS createdAt

// name: neo4jVersion
CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition

// name: auditConflictNodes
// The nodes the conflicting writes of a run made or used (ids share the run's prefix): how many nodes hold each id.
MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
WITH n.id AS id, count(*) AS copies, collect(n)[0] AS o
RETURN id, copies, o.name AS name, o.acronym AS acronym, o.kind AS kind, o.countryCode AS countryCode, o.founded AS founded,
       o.sources AS sources, o.updatedBy AS updatedBy, toString(o.createdAt) AS createdAt

// name: auditConflictEdges
// The FOLLOWS and HOSTED_BY relationships from a run's events, and how many of its events lie on a FOLLOWS cycle.
CALL () {
  MATCH (a:Event)-[r:FOLLOWS|HOSTED_BY]->(b:Entity) WHERE a.id STARTS WITH $eventPrefix
  RETURN collect(a.id + ' ' + type(r) + ' ' + b.id) AS edges
}
CALL () {
  MATCH (e:Event) WHERE e.id STARTS WITH $eventPrefix AND EXISTS { MATCH (e)-[:FOLLOWS*1..100]->(e) }
  RETURN count(e) AS onCycle
}
RETURN edges, onCycle
