import { applySchema } from '../../src/db/schema-setup';
import { cypherStatements } from '../../src/db/cypher-files';
import { openTestGraph, TestGraph } from '../support/test-graph';

// applySchema sends only the statements whose constraint or index the database does not hold yet.
describe('schema setup', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(() => graph.close());

  it('leaves every named constraint and index of cypher/schema.cypher in the database', async () => {
    const names = cypherStatements('schema')
      .map((statement) => /^CREATE\s+\S+(?:\s+INDEX)?\s+(\w+)\s+IF NOT EXISTS/i.exec(statement)?.[1])
      .filter((name): name is string => Boolean(name));
    const held = new Set(
      [
        ...(await graph.cypher('SHOW CONSTRAINTS YIELD name RETURN name')),
        ...(await graph.cypher('SHOW INDEXES YIELD name RETURN name')),
      ].map((row) => String(row.name)),
    );
    expect(names).toHaveLength(66);
    expect(names.filter((name) => !held.has(name))).toEqual([]);
  });

  it('sends nothing to a database that holds the schema, and recreates a dropped index', async () => {
    expect(await applySchema(graph.executor)).toBe(0);
    await graph.cypher('DROP INDEX event_year IF EXISTS');
    expect(await applySchema(graph.executor)).toBe(1);
    expect(await graph.cypher("SHOW INDEXES YIELD name WHERE name = 'event_year' RETURN name")).toEqual([
      { name: 'event_year' },
    ]);
  });
});
