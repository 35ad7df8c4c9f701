import { countsDrift, ensureCounts } from '../../src/graph/count-buckets';
import { atOnce } from '../support/races';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';
import { authHeader } from '../support/tokens';

/*
 * Issue 15, item 6: the dashboard's aggregates answer from counts kept up to date by the transactions that write
 * (cypher/counts.cypher), "checked against a full recount in tests". The recount here is the statement the stats
 * fields ran before the counts were kept: every item with its countries, counted distinctly.
 */

type Row = Record<string, unknown>;

/** Each measure's items with year, kind and country (one row per country, or one with null), as counted before. */
const MEASURE: Record<string, string> = {
  EVENTS: `MATCH (item:Event)
    OPTIONAL MATCH (item)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country)
    WITH item, item.year AS year, item.kind AS kind, c`,
  PUBLICATIONS: `MATCH (item:Publication) OPTIONAL MATCH (item)-[:ANALYSES]->(c:Country)
    WITH item, item.year AS year, item.kind AS kind, c`,
  COMPETENCE_STANDARDS: `MATCH (item:CompetenceStandard) OPTIONAL MATCH (item)-[:APPLIES_IN]->(c:Country)
    WITH item, item.year AS year, item.level AS kind, c`,
  POLICY_DOCUMENTS: 'MATCH (item:PolicyDocument) WITH item, item.year AS year, item.kind AS kind, null AS c',
};
const RECOUNT_TAIL = `
  WITH DISTINCT item, year, kind, c
  WHERE ($yearFrom IS NULL OR year >= $yearFrom) AND ($yearTo IS NULL OR year <= $yearTo)
    AND ($countryCodes IS NULL OR c.code IN $countryCodes)
  WITH item,
       CASE WHEN $byCountry THEN c.code END AS countryCode,
       CASE WHEN $byCountry THEN c.name END AS countryName,
       CASE WHEN $byYear THEN year END AS year,
       CASE WHEN $byKind THEN kind END AS kind
  RETURN countryCode, countryName, year, kind, count(DISTINCT item) AS count
  ORDER BY countryCode ASC, year ASC, kind ASC`;

const GROUPINGS = [
  ['COUNTRY', 'YEAR', 'KIND'],
  ['COUNTRY'],
  ['YEAR'],
  ['KIND'],
  ['COUNTRY', 'YEAR'],
  ['COUNTRY', 'KIND'],
  ['YEAR', 'KIND'],
];
const FILTERS = [
  {},
  { yearFrom: 2010, yearTo: 2016 },
  { countryCodes: ['BE', 'FR', 'DE'] },
  { countryCodes: ['DE'], yearFrom: 2000 },
];

describe('dashboard counts kept up to date by every write (issue 15, item 6)', () => {
  const fixture = useTestApi(loadBundledData);
  const CELLS = '{ countryCode countryName year kind count }';

  /** Every measure × grouping × filter through the API and through the recount; both lists of rows. */
  async function apiAndRecount(): Promise<{ api: Row[][]; recount: Row[][] }> {
    const api: Row[][] = [];
    const recount: Row[][] = [];
    for (const measure of Object.keys(MEASURE)) {
      for (const groupBy of GROUPINGS) {
        // One request per measure and grouping (all four filters): the whole set at once is over the cost limit.
        const fields = FILTERS.map(
          (filter, f) =>
            `f${f}: counts(measure: ${measure}, groupBy: [${groupBy.join(', ')}]` +
            `${filter.yearFrom ? `, yearFrom: ${filter.yearFrom}` : ''}${filter.yearTo ? `, yearTo: ${filter.yearTo}` : ''}` +
            `${filter.countryCodes ? `, countryCodes: ${JSON.stringify(filter.countryCodes)}` : ''}) ${CELLS}`,
        );
        const response = await fixture.api.query(`{ stats { ${fields.join('\n')} } }`);
        expect(response.errors).toBeUndefined();
        for (const [f, filter] of FILTERS.entries()) {
          api.push(response.data!.stats[`f${f}`]);
          recount.push(
            await fixture.graph.cypher(MEASURE[measure] + RECOUNT_TAIL, {
              yearFrom: filter.yearFrom ?? null,
              yearTo: filter.yearTo ?? null,
              countryCodes: filter.countryCodes ?? null,
              byCountry: groupBy.includes('COUNTRY'),
              byYear: groupBy.includes('YEAR'),
              byKind: groupBy.includes('KIND'),
            }),
          );
        }
      }
    }
    return { api, recount };
  }

  async function eventsIn(year: number): Promise<Row[]> {
    const response = await fixture.api.query(
      `{ stats { counts(measure: EVENTS, groupBy: [COUNTRY, YEAR], yearFrom: ${year}, yearTo: ${year}) { countryCode count } } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.stats.counts;
  }

  it('after the import, every count of every measure, grouping and filter equals the recount', async () => {
    expect(await countsDrift(fixture.graph.executor)).toEqual([]);
    const { api, recount } = await apiAndRecount();
    expect(api).toEqual(recount);
    // Real values, not two empty lists: Belgium's events of 2013, and 542 events in all.
    expect(api.flat().length).toBeGreaterThan(500);
    const [total] = await fixture.graph.cypher('MATCH (e:Event) RETURN count(e) AS count');
    const response = await fixture.api.query('{ stats { counts(measure: EVENTS, groupBy: [KIND]) { count } } }');
    const byKind = response.data!.stats.counts as Array<{ count: number }>;
    expect(byKind.reduce((sum, row) => sum + row.count, 0)).toBe(total.count);
    expect(total.count).toBe(542);
  });

  it('creating, moving, re-dating and deleting through the API moves the counts in the same transaction', async () => {
    const editor = await authHeader('editor', 'dora');
    const send = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fixture.api.query(query, variables, editor);
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const link = (type: string, from: string, to: string) =>
      send('mutation($i: LinkInput!) { link(input: $i) { created } }', { i: { type, from, to } });
    const unlink = (type: string, from: string, to: string) =>
      send('mutation($i: UnlinkInput!) { unlink(input: $i) { type } }', { i: { type, from, to } });
    const sources = ['https://example.org/kept-counts'];
    const admin = await authHeader('admin', 'ada');
    const remove = async (query: string) => expect((await fixture.api.query(query, {}, admin)).errors).toBeUndefined();

    await send('mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }', {
      i: { id: 'event:kept-1', name: 'Kept counts forum', kind: 'CONFERENCE', startDate: '2031-03-02', sources },
    });
    expect(await eventsIn(2031)).toEqual([{ countryCode: null, count: 1 }]);

    await send('mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id } }', {
      i: { id: 'place:kept-town', name: 'Kept Town', sources },
    });
    await link('HELD_IN', 'event:kept-1', 'place:kept-town');
    expect(await eventsIn(2031)).toEqual([{ countryCode: null, count: 1 }]);
    await link('LOCATED_IN', 'place:kept-town', 'country:BE');
    expect(await eventsIn(2031)).toEqual([{ countryCode: 'BE', count: 1 }]);

    // The place moves to France: its event moves with it.
    await unlink('LOCATED_IN', 'place:kept-town', 'country:BE');
    await link('LOCATED_IN', 'place:kept-town', 'country:FR');
    expect(await eventsIn(2031)).toEqual([{ countryCode: 'FR', count: 1 }]);

    await send('mutation { updateEvent(id: "event:kept-1", input: { startDate: "2032-05-01", year: 2032 }) { year } }');
    expect(await eventsIn(2031)).toEqual([]);
    expect(await eventsIn(2032)).toEqual([{ countryCode: 'FR', count: 1 }]);

    await remove('mutation { deletePlace(id: "place:kept-town", force: true) { id } }');
    expect(await eventsIn(2032)).toEqual([{ countryCode: null, count: 1 }]);
    await remove('mutation { deleteEvent(id: "event:kept-1", force: true) { id } }');
    expect(await eventsIn(2032)).toEqual([]);
    expect(await countsDrift(fixture.graph.executor)).toEqual([]);
  });

  it('concurrent writes to the same places and buckets leave the counts equal to the recount', async () => {
    const editor = await authHeader('editor', 'dora');
    const sources = ['https://example.org/kept-counts'];
    const send = (query: string, variables: Record<string, unknown>) => fixture.api.query(query, variables, editor);
    await send('mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id } }', {
      i: { id: 'place:kept-race', name: 'Race Town', sources },
    });
    // Twelve events created at once in one bucket (same year and kind), each then linked to the place while the
    // place is moved between two countries, all at once.
    const created = await atOnce(12, (n) =>
      send('mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }', {
        i: {
          id: `event:kept-race-${n}`,
          name: `Race forum ${n}`,
          kind: 'CONFERENCE',
          startDate: '2033-01-10',
          sources,
        },
      }),
    );
    expect(created.map((r) => r.errors)).toEqual(created.map(() => undefined));
    const linkInput = (type: string, from: string, to: string) => ({ i: { type, from, to } });
    const LINK = 'mutation($i: LinkInput!) { link(input: $i) { created } }';
    const UNLINK = 'mutation($i: UnlinkInput!) { unlink(input: $i) { type } }';
    const writes = await atOnce(16, (n) => {
      if (n < 12) return send(LINK, linkInput('HELD_IN', `event:kept-race-${n}`, 'place:kept-race'));
      const country = n % 2 ? 'country:BE' : 'country:FR';
      return n < 14
        ? send(LINK, linkInput('LOCATED_IN', 'place:kept-race', country))
        : send(UNLINK, linkInput('LOCATED_IN', 'place:kept-race', country));
    });
    // An unlink that finds the relationship gone already answers NOT_FOUND; nothing else may fail.
    const failures = writes.map((r) => r.errors?.[0]?.extensions?.code).filter((code) => code && code !== 'NOT_FOUND');
    expect(failures).toEqual([]);
    expect(await countsDrift(fixture.graph.executor)).toEqual([]);
    const [{ countries }] = await fixture.graph.cypher(
      "MATCH (:Place {id: 'place:kept-race'})-[:LOCATED_IN]->(c:Country) RETURN collect(c.code) AS countries",
    );
    const expected = (countries as string[]).length
      ? (countries as string[]).sort().map((code) => ({ countryCode: code, count: 12 }))
      : [{ countryCode: null, count: 12 }];
    expect(await eventsIn(2033)).toEqual(expected);
  });

  it('a database without kept counts (written before them), or with another version, gets them at start-up', async () => {
    await fixture.graph.executor.write('MATCH (n) WHERE n:CountBucket OR n:CountState DETACH DELETE n');
    await fixture.graph.executor.write('MATCH (n:Entity) REMOVE n.countKeys');
    const [{ items }] = await fixture.graph.cypher(
      'MATCH (n) WHERE n:Event OR n:Publication OR n:CompetenceStandard OR n:PolicyDocument RETURN count(n) AS items',
    );
    expect(await ensureCounts(fixture.graph.executor)).toBe(items);
    expect(await ensureCounts(fixture.graph.executor)).toBe(0);
    expect(await countsDrift(fixture.graph.executor)).toEqual([]);
    // Counts of another version (a changed cell definition) are dropped and built again, every item counted anew.
    await fixture.graph.executor.write("MATCH (s:CountState {id: 'counts'}) SET s.version = 1");
    await fixture.graph.executor.write('MATCH (b:CountBucket) WITH b LIMIT 3 SET b.count = b.count + 5');
    expect(await countsDrift(fixture.graph.executor)).toHaveLength(3);
    expect(await ensureCounts(fixture.graph.executor)).toBe(items);
    expect(await countsDrift(fixture.graph.executor)).toEqual([]);
    const { api, recount } = await apiAndRecount();
    expect(api).toEqual(recount);
  });
});
