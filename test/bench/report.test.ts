import { checks, median, MIN_REQUESTS, summarise } from '../../bench/report';
import { seededRandom, shuffled } from '../../bench/run';
import { measuredRun, scaleOf } from '../support/bench-measurements';

/* Issue 15, item 1: medians over interleaved rounds, and no goal "met" by a side that finished (almost) nothing. */
describe('the benchmark scoring (no database)', () => {
  it('summarises a cell by the median of its rounds and the spread of throughput', () => {
    const cell = summarise(
      [
        measuredRun('lookup', 'ours', 1, 500, 0),
        measuredRun('lookup', 'ours', 1, 300, 1),
        measuredRun('lookup', 'ours', 1, 450, 2),
      ],
      'lookup',
      'ours',
      1,
    )!;
    expect(cell).toMatchObject({
      runs: 3,
      requestsPerSecond: 450,
      minRequestsPerSecond: 300,
      maxRequestsPerSecond: 500,
      requests: 2250,
    });
    expect(cell.meanLatency).toBeCloseTo(1000 / 450, 6);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('scores a cell where the library completed fewer than MIN_REQUESTS requests as n/a, not as met', () => {
    const slow = (MIN_REQUESTS - 1) / 5;
    const [check] = checks([
      scaleOf([measuredRun('deep-traversal', 'ours', 1, 50), measuredRun('deep-traversal', 'neo4j-graphql', 1, slow)]),
    ]);
    expect(check).toEqual({
      scale: 'S',
      query: 'deep-traversal',
      concurrency: 1,
      goal: 'throughputVsLibrary',
      ratio: null,
      met: false,
      notApplicable: true,
    });
  });

  it('holds translation queries to 1.5 × the library and overhead-only queries to 1.0 ×; latency against raw at c = 1 only', () => {
    const results = checks([
      scaleOf([
        measuredRun('lookup', 'ours', 1, 120),
        measuredRun('lookup', 'neo4j-graphql', 1, 100),
        measuredRun('lookup', 'raw-cypher', 1, 150),
        measuredRun('search', 'ours', 4, 120),
        measuredRun('search', 'neo4j-graphql', 4, 100),
        measuredRun('search', 'raw-cypher', 4, 150),
      ]),
    ]);
    expect(results.map((c) => [c.query, c.concurrency, c.goal, c.ratio, c.met])).toEqual([
      ['lookup', 1, 'throughputVsLibrary', 1.2, false],
      ['lookup', 1, 'latencyVsRaw', 1.25, true],
      ['search', 4, 'throughputVsLibraryOverhead', 1.2, true],
    ]);
  });

  it('shuffles the targets of each round reproducibly from the seed, and not always into the same order', () => {
    const orders = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 6 }, () => shuffled(['ours', 'lib', 'raw'], random).join(' '));
    };
    expect(orders(42)).toEqual(orders(42));
    expect(new Set(orders(42)).size).toBeGreaterThan(1);
    expect(new Set(orders(42).map((o) => o.split(' ')[0])).size).toBeGreaterThan(1);
  });
});
