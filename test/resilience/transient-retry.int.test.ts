import { Neo4jError } from 'neo4j-driver';
import { connectDatabase, Database } from '../../src/app/database';
import { readConfig } from '../../src/config';
import { isServerTransientError, retryTransientErrors } from '../../src/db/transient-retry';
import { emptyGraph, openTestGraph, TestGraph } from '../support/test-graph';

const deadlock = () =>
  new Neo4jError(
    'ForsetiClient can’t acquire ExclusiveLock',
    'Neo.TransientError.Transaction.DeadlockDetected',
    '50N00',
    'error: general processing exception',
  );
const refused = () =>
  new Neo4jError('Failed to connect to server', 'ServiceUnavailable', '08000', 'error: connection exception');

/**
 * Transient errors of a live server are still retried after the driver's own retries were cut to one (so that a
 * server that is down fails fast): the policy itself, then a real deadlock on the test Neo4j.
 */
describe('transient errors are retried; an unreachable server is not waited for', () => {
  it('retries server transient errors with backoff within the budget, and nothing else', async () => {
    expect(
      [deadlock(), refused(), new Neo4jError('x', 'Neo.ClientError.Statement.SyntaxError', '42000', 'error')].map(
        isServerTransientError,
      ),
    ).toEqual([true, false, false]);

    const waits: number[] = [];
    let attempts = 0;
    const flaky = () => (++attempts < 3 ? Promise.reject(deadlock()) : Promise.resolve('done'));
    await expect(retryTransientErrors(flaky, 10_000, async (ms) => void waits.push(ms))).resolves.toBe('done');
    expect(attempts).toBe(3);
    expect(waits.map((ms) => Math.round(ms / 1000))).toEqual([1, 2]);

    attempts = 0;
    await expect(
      retryTransientErrors(
        () => (attempts++, Promise.reject(refused())),
        10_000,
        async () => undefined,
      ),
    ).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    expect(attempts).toBe(1);

    // With no budget left, the first transient error is the answer.
    attempts = 0;
    await expect(
      retryTransientErrors(
        () => (attempts++, Promise.reject(deadlock())),
        -1,
        async () => undefined,
      ),
    ).rejects.toMatchObject({ code: 'Neo.TransientError.Transaction.DeadlockDetected' });
    expect(attempts).toBe(1);
  });

  describe('against the test Neo4j, through a driver set up as the API sets it up', () => {
    let graph: TestGraph;
    let database: Database;
    beforeAll(async () => {
      graph = await openTestGraph();
      await emptyGraph(graph);
      await graph.cypher("CREATE (:RetryProbe {id: 'retry:a'}), (:RetryProbe {id: 'retry:b'})");
      database = await connectDatabase(readConfig());
    });
    afterAll(async () => {
      await database?.close();
      await graph?.close();
    });

    it('a read whose connection was lost runs once more (auto-commit reads), and an unreachable server is not waited for', async () => {
      const driver = (database.executor as unknown as { driver: import('neo4j-driver').Driver }).driver;
      const original = driver.session.bind(driver);
      const failing = (times: number) => {
        let calls = 0;
        const spy = jest.spyOn(driver, 'session').mockImplementation((config) => {
          const session = original(config);
          const run = session.run.bind(session);
          session.run = ((...args: Parameters<typeof run>) =>
            ++calls <= times ? Promise.reject(refused()) : run(...args)) as typeof session.run;
          return session;
        });
        return { spy, calls: () => calls };
      };
      const once = failing(1);
      try {
        expect(await database.executor.read('MATCH (n:RetryProbe) RETURN count(n) AS n')).toEqual([{ n: 2 }]);
      } finally {
        once.spy.mockRestore();
      }
      expect(once.calls()).toBe(2);

      const always = failing(99);
      const started = Date.now();
      try {
        await expect(database.executor.read('RETURN 1 AS one')).rejects.toMatchObject({
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        });
      } finally {
        always.spy.mockRestore();
      }
      expect(always.calls()).toBe(2);
      expect(Date.now() - started).toBeLessThan(1_000);
    });

    it('two write transactions that deadlock both commit: Neo4j aborts one, it is retried', async () => {
      let arrived = 0;
      let release!: () => void;
      const bothLocked = new Promise<void>((resolve) => (release = resolve));
      const attempts = { ab: 0, ba: 0 };
      // Each locks its first node, waits (first attempt only) until the other has locked its own, then takes the other's.
      const lockBoth = (name: 'ab' | 'ba', first: string, second: string) =>
        database.executor.writeTransaction(async (tx) => {
          attempts[name] += 1;
          await tx.run('MATCH (n:RetryProbe {id: $id}) SET n.by = $name', { id: first, name });
          if (attempts[name] === 1) {
            arrived += 1;
            if (arrived === 2) release();
            await bothLocked;
          }
          await tx.run('MATCH (n:RetryProbe {id: $id}) SET n.then = $name', { id: second, name });
        });
      await Promise.all([lockBoth('ab', 'retry:a', 'retry:b'), lockBoth('ba', 'retry:b', 'retry:a')]);
      expect(attempts.ab + attempts.ba).toBe(3);
      expect(
        await graph.cypher(
          'MATCH (n:RetryProbe) RETURN n.id AS id, n.by IS NOT NULL AND n.then IS NOT NULL AS written ORDER BY id',
        ),
      ).toEqual([
        { id: 'retry:a', written: true },
        { id: 'retry:b', written: true },
      ]);
    });
  });
});
