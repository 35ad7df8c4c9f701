// Statements of the load test (bench/loadtest.ts); its writes go through the API's createOrganisation mutation.

// name: auditRun
// Every organisation a run created (ids share the run's prefix), with what the audit compares.
MATCH (o:Organisation) WHERE o.id STARTS WITH $prefix
RETURN o.id AS id, o.name AS name, o.acronym AS acronym, o.kind AS kind, o.countryCode AS countryCode, o.founded AS founded,
       o.sources AS sources, o.updatedBy AS updatedBy, toString(o.createdAt) AS createdAt

// name: neo4jVersion
CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition
