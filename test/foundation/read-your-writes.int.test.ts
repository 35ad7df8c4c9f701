import { Executor } from '../../src/db/executor';
import { emptyGraph, openTestGraph, TestGraph } from '../support/test-graph';

/*
 * Issue 12, item 6: in a cluster, a read may be routed to a follower that has not yet applied a write. Every session
 * of the executor shares the driver's bookmark manager, so each transaction carries the bookmarks of the ones this
 * process committed before it, and a server starts it only once it has caught up with them. A single test server
 * cannot lag, so this pins the mechanism: each committed write moves the shared bookmarks, and the next read, from
 * another Executor on the same driver (another request), is sent with them and sees the write.
 */
describe('read your own writes: sessions share the driver’s bookmark manager', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
  });
  afterAll(async () => graph?.close());

  it('every write and transaction leaves its bookmark in the shared manager, and a later read sees the write', async () => {
    const manager = graph.driver.executeQueryBookmarkManager;
    const before = [...(await manager.getBookmarks())];
    await graph.executor.write('CREATE (:BookmarkProbe {n: 1})');
    const afterWrite = [...(await manager.getBookmarks())];
    expect(afterWrite).toHaveLength(1);
    expect(afterWrite).not.toEqual(before);

    await graph.executor.writeTransaction(async (tx) => tx.run('MATCH (p:BookmarkProbe) SET p.n = 2'));
    const afterTransaction = [...(await manager.getBookmarks())];
    expect(afterTransaction).toHaveLength(1);
    expect(afterTransaction).not.toEqual(afterWrite);

    const otherRequest = new Executor(graph.driver, undefined).withTimeLimit(5_000);
    expect(await otherRequest.read('MATCH (p:BookmarkProbe) RETURN p.n AS n')).toEqual([{ n: 2 }]);
    await graph.executor.write('MATCH (p:BookmarkProbe) DELETE p');
  });

  it('opens every read and write session with the shared manager (observed, not replaced)', async () => {
    const seen: string[][] = [];
    const original = graph.driver.session.bind(graph.driver);
    const spy = jest.spyOn(graph.driver, 'session').mockImplementation((config) => {
      // A read session is what a cluster routes to a follower (issue 3); a write session goes to the leader.
      seen.push([
        config?.bookmarkManager === graph.driver.executeQueryBookmarkManager ? 'shared' : 'own',
        String(config?.defaultAccessMode),
      ]);
      return original(config);
    });
    try {
      await graph.executor.read('RETURN 1 AS one');
      await graph.executor.write('RETURN 1 AS one');
    } finally {
      spy.mockRestore();
    }
    expect(seen).toEqual([
      ['shared', 'READ'],
      ['shared', 'WRITE'],
    ]);
  });
});
