import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

type Row = Record<string, unknown>;
const key = (row: Row) => JSON.stringify([row.countryCode ?? null, row.year ?? null, row.kind ?? null]);

describe('aggregates for dashboards (issue 3, section 4)', () => {
  const fixture = useTestApi(loadBundledData);

  it('the country × year cross-tab of events equals counts computed independently with plain Cypher', async () => {
    const response = await fixture.api.query(
      '{ stats { counts(measure: EVENTS, groupBy: [COUNTRY, YEAR]) { countryCode countryName year kind count } } }',
    );
    expect(response.errors).toBeUndefined();
    // Independent: expand every event to its countries in Node.js, then count distinct events per cell.
    const rows = await fixture.graph.cypher(`
      MATCH (e:Event) OPTIONAL MATCH (e)-[:HELD_IN]->(x)
      OPTIONAL MATCH (x)-[:LOCATED_IN]->(p1) OPTIONAL MATCH (p1)-[:LOCATED_IN]->(p2)
      RETURN e.id AS id, coalesce(e.year, toInteger(left(toString(e.startDate), 4))) AS year,
             [n IN collect(DISTINCT x) + collect(DISTINCT p1) + collect(DISTINCT p2) WHERE n:Country | n.code] AS codes`);
    const cells = new Map<string, Set<string>>();
    for (const row of rows) {
      const codes = [...new Set(row.codes as string[])];
      for (const code of codes.length ? codes : [null]) {
        const k = key({ countryCode: code, year: row.year });
        if (!cells.has(k)) cells.set(k, new Set());
        cells.get(k)!.add(row.id as string);
      }
    }
    const api = new Map(response.data!.stats.counts.map((row: Row) => [key(row), row.count]));
    expect(api).toEqual(new Map([...cells].map(([k, ids]) => [k, ids.size])));
    const be2013 = response.data!.stats.counts.find((r: Row) => r.countryCode === 'BE' && r.year === 2013);
    expect(be2013).toMatchObject({ countryName: 'Belgium', kind: null });
  });

  it('counts standards by country and level, and by level alone without double counting', async () => {
    const response = await fixture.api.query(`{ stats {
      byCountry: standardsByCountryAndLevel { countryCode level count firstYear lastYear }
      byLevel: counts(measure: COMPETENCE_STANDARDS, groupBy: [KIND]) { kind count }
    } }`);
    const expected = await fixture.graph.cypher(`MATCH (s:CompetenceStandard)-[:APPLIES_IN]->(c:Country)
      RETURN c.code AS countryCode, s.level AS level, count(s) AS count, min(s.year) AS firstYear, max(s.year) AS lastYear ORDER BY countryCode, level`);
    expect(response.data!.stats.byCountry).toEqual(expected);
    // Since when: France's three national standards, one without a year, span 2021-2022; Ireland's have no year.
    const of = (code: string) =>
      response.data!.stats.byCountry.filter((row: Row) => row.countryCode === code && row.level === 'NATIONAL');
    expect([...of('FR'), ...of('IE')]).toEqual([
      { countryCode: 'FR', level: 'NATIONAL', count: 3, firstYear: 2021, lastYear: 2022 },
      { countryCode: 'IE', level: 'NATIONAL', count: 1, firstYear: null, lastYear: null },
    ]);
    const levels = await fixture.graph.cypher(
      'MATCH (s:CompetenceStandard) RETURN s.level AS kind, count(s) AS count ORDER BY kind',
    );
    expect(response.data!.stats.byLevel).toEqual(levels);
  });

  it('a time series of events per year is zero-filled across the range', async () => {
    const response = await fixture.api.query(
      '{ stats { timeSeries(measure: EVENTS, yearFrom: 2000, yearTo: 2025) { year count } } }',
    );
    const series = response.data!.stats.timeSeries;
    expect(series.map((p: Row) => p.year)).toEqual(Array.from({ length: 26 }, (_, i) => 2000 + i));
    const counts = await fixture.graph.cypher(
      'MATCH (e:Event) WHERE e.year >= 2000 AND e.year <= 2025 RETURN e.year AS year, count(e) AS count',
    );
    const expected = new Map(counts.map((r) => [r.year, r.count]));
    for (const point of series) expect(point.count).toBe(expected.get(point.year) ?? 0);
    expect(series.some((p: Row) => p.count === 0)).toBe(true);
  });

  it('ranks organisations by events hosted, and pairs that appear in the same events', async () => {
    const response = await fixture.api.query(`{ stats {
      topOrganisations(activity: HOSTED, first: 3) { organisation { id } count }
      coOccurrence(of: COUNTRIES, first: 3) { a { id } b { id } count }
    } }`);
    const hosted = await fixture.graph.cypher(
      'MATCH (e:Event)-[:HOSTED_BY]->(o:Organisation) WITH o, count(DISTINCT e) AS count RETURN o.id AS id, count ORDER BY count DESC, o.name, o.id LIMIT 3',
    );
    expect(response.data!.stats.topOrganisations.map((r: any) => ({ id: r.organisation.id, count: r.count }))).toEqual(
      hosted,
    );
    const [top] = response.data!.stats.coOccurrence;
    const [{ n }] = await fixture.graph.cypher(
      `
      MATCH (e:Event) WHERE (EXISTS { (e)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(:Country {id: $a}) } OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Country {id: $a}) })
        AND (EXISTS { (e)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(:Country {id: $b}) } OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Country {id: $b}) })
      RETURN count(e) AS n`,
      { a: top.a.id, b: top.b.id },
    );
    expect(top.count).toBe(n);
  });

  it('all stats of one request cost one database round trip', async () => {
    const response = await fixture.api.query(`{ stats {
      counts(measure: PUBLICATIONS, groupBy: [COUNTRY]) { count }
      timeSeries(measure: COMPETENCE_STANDARDS) { count }
      topOrganisations { count }
      standardsByCountryAndLevel { count }
      coOccurrence(of: ORGANISATIONS) { count }
    } }`);
    expect(response.errors).toBeUndefined();
    expect(response.extensions!.dbRoundTrips).toBe(1);
  });
});
