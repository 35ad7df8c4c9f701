import { TestGraph } from './test-graph';

/**
 * A valid query that makes Neo4j itself fail: `frameworkContains` compiles to `toLower(n.framework) CONTAINS $p`, and
 * {@link plantBrokenWorkingGroup} stores a number in `framework`, which `toLower` refuses with a Neo4j error
 * (Neo.ClientError.Statement.TypeError... quoting the value). Real data never holds that; the test writes it
 * directly to stand for corrupt data or a bug, anything the API did not foresee.
 */
export const QUERY_FAILING_IN_NEO4J = '{ workingGroups(where: { frameworkContains: "et2020" }) { nodes { id name } } }';

/** Writes the working group that makes {@link QUERY_FAILING_IN_NEO4J} fail. */
export async function plantBrokenWorkingGroup(graph: TestGraph): Promise<void> {
  await graph.cypher(
    "MERGE (w:Entity:WorkingGroup {id: 'wg:test-broken-framework'}) SET w.name = 'Broken framework', w.searchKey = 'broken framework', w.framework = 2020",
  );
}

/** Strings that must never reach a client: Cypher, Neo4j or driver wording, stack frames, file paths. */
export const INTERNALS =
  /MATCH|RETURN|toLower|CONTAINS|Neo4j|Neo\.|neo4j-driver|TypeError|Expected a string|stacktrace|\bat [\w.<>]+ \(|node_modules|\/src\/|\/dist\/|\.ts:\d+|\.js:\d+/;
