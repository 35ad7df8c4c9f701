import { ImportService } from '../../src/pipelines/import/import.service';
import { fixturePath } from './fixtures';
import { GraphQLResponse } from './test-api';
import { emptyGraph, TestGraph } from './test-graph';

/*
 * Helpers of the concurrency tests (issue 12, field cases F16 and F17): a small fixture of events to link, requests
 * fired at once, and the invariants checked in the graph afterwards.
 */

/** Empties the graph and imports test/fixtures/races.json (country:BE, org:race-o1, event:race-e1 … e9). */
export async function loadRaceFixture(graph: TestGraph): Promise<void> {
  await emptyGraph(graph);
  const report = await new ImportService(graph.executor, 'test').importFiles([fixturePath('races.json')]);
  if (report.skipped.length) throw new Error(`fixture records skipped: ${JSON.stringify(report.skipped)}`);
}

/** Sends all requests at once (each started before any is awaited) and waits for every answer. */
export function atOnce<T>(count: number, send: (index: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => send(index)));
}

/** The error codes of a set of answers, `OK` for an answer without errors. */
export function codes(responses: GraphQLResponse[]): string[] {
  return responses.map((r) => (r.errors?.length ? String(r.errors[0].extensions?.code) : 'OK'));
}

/** How many `type` cycles the graph holds (paths of 1..20 relationships from an entity back to itself). */
export async function cycleCount(graph: TestGraph, type: 'FOLLOWS' | 'PART_OF'): Promise<number> {
  const [row] = await graph.cypher(
    `MATCH (n:Entity) WHERE EXISTS { MATCH (n)-[:${type}*1..20]->(n) } RETURN count(n) AS onCycle`,
  );
  return Number(row.onCycle);
}

/** Ids held by more than one node, and (label, name, kind) triples held by more than one entity. */
export async function duplicates(graph: TestGraph): Promise<{ ids: string[]; names: string[] }> {
  const ids = await graph.cypher(
    'MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id',
  );
  const names = await graph.cypher(
    `MATCH (n:Entity) WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name, n.kind AS kind, count(*) AS c
     WHERE c > 1 RETURN label + ' ' + name + ' ' + coalesce(kind, '') AS triple`,
  );
  return { ids: ids.map((r) => String(r.id)), names: names.map((r) => String(r.triple)) };
}
