/**
 * The Jest workers of a test run, numbered from 1, one Neo4j server each: as many as jest.config.js settles (1 by
 * default, VETGRAPH_TEST_WORKERS, 1 with NEO4J_TEST_URI) and leaves in VETGRAPH_TEST_WORKERS.
 */
export function testWorkers(): number[] {
  const count = Number(process.env.VETGRAPH_TEST_WORKERS ?? '1');
  return Array.from({ length: Number.isInteger(count) && count >= 1 ? count : 1 }, (_, index) => index + 1);
}

/** The environment variable that carries worker `worker`'s value of `name` (e.g. NEO4J_URI_2). */
export function workerVariable(name: string, worker: number): string {
  return `${name}_${worker}`;
}
