import fs from 'node:fs';
import { Executor, RunOptions, TransactionRunner } from '../../src/db/executor';
import { ingestDocument } from '../../src/pipelines/ingest/ingest.service';
import { fixturePath } from '../support/fixtures';
import { graphCounts, loadBundledData, openTestGraph, TestGraph } from '../support/test-graph';

/**
 * The real executor on the real Neo4j, with one fault injected: inside a write transaction, statement number
 * `failAt` throws after the earlier ones have run. The transaction must roll back all of them.
 */
class FailingExecutor extends Executor {
  constructor(
    private readonly inner: Executor,
    private readonly failAt: number,
  ) {
    super(undefined as never, undefined);
  }
  read(cypher: string, params?: Record<string, unknown>, options?: RunOptions) {
    return this.inner.read(cypher, params, options);
  }
  writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>, options?: RunOptions): Promise<T> {
    let statements = 0;
    return this.inner.writeTransaction(
      (tx) =>
        work({
          run: async (cypher, params) => {
            statements += 1;
            if (statements === this.failAt) throw new Error('injected failure half-way through the ingestion');
            return tx.run(cypher, params);
          },
        }),
      options,
    );
  }
}

describe('a failed ingestion leaves the graph exactly as it was (issue 4, "Done when")', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await loadBundledData(graph);
  });
  afterAll(() => graph.close());

  it('rolls back the SourceDocument, the nodes and the relationships already written in the transaction', async () => {
    const text = fs.readFileSync(fixturePath('ingest/pla-riga-2014.txt'), 'utf8');
    const before = await graphCounts(graph);
    const [{ snapshot: stampsBefore }] = await graph.cypher(
      'MATCH (n) RETURN collect(n.id + toString(n.updatedAt)) AS snapshot',
    );
    // Statement 1 merges the SourceDocument, the next ones merge entities: fail at the 5th, after several have run.
    await expect(
      ingestDocument(new FailingExecutor(graph.executor, 5), {
        text,
        sourceUrl: 'https://example.org/riga',
        dryRun: false,
        actor: 'test',
      }),
    ).rejects.toThrow('injected failure');
    expect(await graphCounts(graph)).toEqual(before);
    expect(await graph.cypher('MATCH (n) RETURN collect(n.id + toString(n.updatedAt)) AS snapshot')).toEqual([
      { snapshot: stampsBefore },
    ]);
    expect(await graph.cypher('MATCH (d:SourceDocument) RETURN count(d) AS count')).toEqual([{ count: 0 }]);

    // The same ingestion without the fault lands, so the fault, not the document, stopped it.
    const report = await ingestDocument(graph.executor, {
      text,
      sourceUrl: 'https://example.org/riga',
      dryRun: false,
      actor: 'test',
    });
    expect(report.counts.entitiesCreated).toBeGreaterThan(2);
    // The document, the created entities and the proposals queued for review (issue 11).
    expect((await graphCounts(graph)).nodes).toBe(
      before.nodes + report.counts.entitiesCreated + 1 + report.counts.proposals,
    );
  });
});
