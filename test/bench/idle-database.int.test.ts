import { waitForIdleDatabase } from '../../bench/run';
import { openTestGraph, TestGraph } from '../support/test-graph';

/* Issue 15, item 1: between two measured runs the bench waits until Neo4j runs nothing left over from the last one. */
describe('waiting for an idle database between benchmark runs (real Neo4j)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(() => graph.close());

  it('returns at once when nothing else runs', async () => {
    expect(await waitForIdleDatabase(graph.executor, 5_000)).toBeLessThan(1_000);
  });

  it('waits while another transaction is still running, and returns once it has finished', async () => {
    let finished = false;
    const slow = graph.executor
      .read('UNWIND range(1, 30000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n')
      .then(() => (finished = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [running] = await graph.executor.read(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH "UNWIND" RETURN count(*) AS n',
    );
    expect(Number(running.n)).toBe(1);
    await waitForIdleDatabase(graph.executor, 60_000);
    expect(finished).toBe(true);
    await slow;
  });
});
