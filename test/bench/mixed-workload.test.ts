import { checks } from '../../bench/report';
import { MIXES, QUERIES, QueryParameters } from '../../bench/queries';
import { requestsFor } from '../../bench/targets/targets';
import { measuredRun, scaleOf } from '../support/bench-measurements';

/** Parameters of the shape pickParameterSets gives (made up: the requests are built, never sent). */
const PARAMETERS: QueryParameters = {
  lookupEventId: 'event:1',
  countryCode: 'BE',
  yearFrom: 2015,
  yearTo: 2018,
  workingGroupId: 'wg:1',
  searchText: 'apprenticeship',
  pathFrom: 'person:1',
  pathTo: 'org:1',
  neighbourhoodId: 'event:2',
  entityEventIds: ['event:1', 'event:2'],
  deepPageAfter: { startDate: '2014-01-01', id: 'event:3', offset: 10 },
};

const [visit] = MIXES;

/* Issue 15, item 3: a weighted mixed workload, what an analyst's visit sends. */
describe("the benchmark's mixed workload (no database)", () => {
  it('sends every part as often as its weight, interleaved, each to its own path on the raw floor', () => {
    const total = visit.parts.reduce((n, part) => n + part.weight, 0);
    for (const target of ['ours', 'neo4j-graphql', 'raw-cypher'] as const) {
      const requests = requestsFor(target, visit, PARAMETERS);
      expect(requests).toHaveLength(total);
      // The dashboard's four requests open the visit; lookups (weight 6) are spread, not sent in a burst.
      expect(requests.slice(0, 4).map((r) => r.body)).toEqual(
        ['key-figures', 'events-per-year-by-kind', 'country-ranking', 'standards-by-level'].map(
          (name) =>
            requestsFor(
              target,
              QUERIES.find((q) => q.name === name)!,
              PARAMETERS,
            )[0].body,
        ),
      );
    }
    const raw = requestsFor('raw-cypher', visit, PARAMETERS).map((r) => r.path);
    expect(raw.filter((path) => path === '/q/lookup')).toHaveLength(6);
    expect(raw.indexOf('/q/lookup')).toBeLessThan(raw.lastIndexOf('/q/search'));
    expect(new Set(requestsFor('ours', visit, PARAMETERS).map((r) => r.path))).toEqual(new Set(['/graphql']));
  });

  it('names only queries that exist, and a single query is its one request', () => {
    for (const part of visit.parts) expect(QUERIES.map((q) => q.name)).toContain(part.query);
    expect(() => requestsFor('ours', { ...visit, parts: [{ query: 'nope', weight: 1 }] }, PARAMETERS)).toThrow(
      'analyst-visit: no query nope',
    );
    expect(requestsFor('ours', QUERIES[0], PARAMETERS)).toHaveLength(1);
  });

  it('is scored against the library with the lower goal (≥ 1.0), as neither kind of query alone', () => {
    const [check] = checks([
      scaleOf([measuredRun(visit.name, 'ours', 1, 110), measuredRun(visit.name, 'neo4j-graphql', 1, 100)]),
    ]);
    expect(check).toMatchObject({ query: 'analyst-visit', goal: 'throughputVsLibraryOverhead', ratio: 1.1, met: true });
  });
});
