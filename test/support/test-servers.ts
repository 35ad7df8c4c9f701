/**
 * How many Neo4j servers a test run uses: one per Jest worker, the count jest.config.js settles (2 by default,
 * VETGRAPH_TEST_WORKERS, 1 with NEO4J_TEST_URI) and leaves in VETGRAPH_TEST_WORKERS.
 */
export function testWorkerCount(): number {
  if (process.env.NEO4J_TEST_URI) return 1;
  const count = Number(process.env.VETGRAPH_TEST_WORKERS ?? '1');
  return Number.isInteger(count) && count >= 1 ? count : 1;
}

/** The environment variable that carries worker `worker`'s value of `name` (e.g. NEO4J_URI_2). */
export function workerVariable(name: string, worker: number): string {
  return `${name}_${worker}`;
}
