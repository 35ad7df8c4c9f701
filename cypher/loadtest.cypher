// Statements of the load test (bench/loadtest.ts). Until the API has createX mutations on main, the load test
// writes through the API's own Executor (same driver, retries and time limit as a request) with these statements.

// name: createProbeOrganisation
// One write in two statements of one transaction: the organisation, then its seat in Belgium. Either both are in
// the graph afterwards or neither (the audit checks for halves).
CREATE (o:Entity:Organisation {id: $id, name: $name, searchKey: toLower($name), kind: 'NETWORK', sources: ['loadtest'], loadtestRun: $run, createdAt: datetime(), updatedAt: datetime(), updatedBy: 'loadtest'})
RETURN o.id AS id

// name: seatProbeOrganisation
MATCH (o:Organisation {id: $id}), (c:Country {code: 'BE'})
CREATE (o)-[:LOCATED_IN {sources: ['loadtest']}]->(c)
RETURN count(*) AS linked

// name: auditRun
// Every organisation of a run, with whether its seat exists.
MATCH (o:Organisation {loadtestRun: $run})
RETURN o.id AS id, EXISTS { (o)-[:LOCATED_IN]->(:Country {code: 'BE'}) } AS seated

// name: neo4jVersion
CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition
