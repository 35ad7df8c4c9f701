import { BUNDLED_COUNTS } from '../support/bundled-counts';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

describe('list queries with filters (issue 2, section 3)', () => {
  const fixture = useTestApi(loadBundledData);

  it('events filtered by country BE and years 2012-2014 equal what plain Cypher finds, in date order', async () => {
    const expected = await fixture.graph.cypher(`
      MATCH (e:Event) WHERE e.year >= 2012 AND e.year <= 2014
        AND EXISTS { (e)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(:Country {code: 'BE'}) }
      RETURN e.id AS id ORDER BY e.startDate, e.id`);
    const response = await fixture.api.query(`{
      events(where: { countryCode: "BE", yearFrom: 2012, yearTo: 2014 }, first: 50) {
        totalCount
        nodes { id startDate year }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const ids = response.data!.events.nodes.map((e: { id: string }) => e.id);
    expect(ids).toEqual(expected.map((row) => row.id));
    expect(ids).toContain('event:pla-trainers-2013-louvain-la-neuve');
    expect(response.data!.events.totalCount).toBe(expected.length);
    for (const e of response.data!.events.nodes) expect(e.year).toBeGreaterThanOrEqual(2012);
  });

  it('filters by kind and level', async () => {
    const plf = await fixture.api.query(
      '{ events(where: { kinds: [POLICY_LEARNING_FORUM] }, first: 100) { totalCount nodes { kind } } }',
    );
    const [count] = await fixture.graph.cypher("MATCH (e:Event {kind: 'POLICY_LEARNING_FORUM'}) RETURN count(e) AS n");
    expect(plf.data!.events.totalCount).toBe(count.n);
    expect(new Set(plf.data!.events.nodes.map((e: { kind: string }) => e.kind))).toEqual(
      new Set(['POLICY_LEARNING_FORUM']),
    );
    const sectoral = await fixture.api.query(
      '{ competenceStandards(where: { levels: [SECTORAL] }) { nodes { id level } } }',
    );
    const expected = await fixture.graph.cypher(
      "MATCH (s:CompetenceStandard {level: 'SECTORAL'}) RETURN s.id AS id ORDER BY s.year, s.id",
    );
    expect(sectoral.data!.competenceStandards.nodes.map((s: { id: string }) => s.id)).toEqual(
      expected.map((r) => r.id),
    );
  });

  it('matches names ignoring case and accents, through acronyms too ("forem" finds Le Forem)', async () => {
    const response = await fixture.api.query(
      '{ organisations(where: { nameContains: "FOREM" }) { nodes { id name } } }',
    );
    expect(response.data!.organisations.nodes).toEqual([{ id: 'org:forem', name: 'Le Forem' }]);
    const turkey = await fixture.api.query('{ countries(where: { nameContains: "turkiye" }) { nodes { code } } }');
    expect(turkey.data!.countries.nodes).toEqual([{ code: 'TR' }]);
    const osnabrueck = await fixture.api.query('{ events(where: { nameContains: "osnabruck" }) { nodes { id } } }');
    expect(osnabrueck.data!.events.nodes.length).toBeGreaterThanOrEqual(2);
  });

  it('orders deterministically (same order twice, ties broken by id) and pages without gaps', async () => {
    const byName = async () => {
      const nodes: Array<{ id: string; name: string }> = [];
      let after: string | null = null;
      do {
        const page: any = await fixture.api.query(
          'query($after: String) { organisations(first: 100, after: $after, orderBy: { field: NAME }) { nodes { id name } pageInfo { hasNextPage endCursor } } }',
          { after },
        );
        nodes.push(...page.data.organisations.nodes);
        after = page.data.organisations.pageInfo.hasNextPage ? page.data.organisations.pageInfo.endCursor : null;
      } while (after);
      return nodes;
    };
    const all = await byName();
    expect(await byName()).toEqual(all);
    const expected = await fixture.graph.cypher('MATCH (o:Organisation) RETURN o.id AS id ORDER BY o.searchKey, o.id');
    expect(all.map((o) => o.id)).toEqual(expected.map((r) => r.id));
    // A-Z ignores case and accents (found by the analyst audit: "ibw Austria" came after "WorldSkills Europe").
    const names = all.map((o) => o.name);
    const folded = names.map((name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    const ibw = names.findIndex((name) => name.startsWith('ibw'));
    expect([folded[ibw - 1][0] <= 'i', folded[ibw + 1][0] >= 'i']).toEqual([true, true]);
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await fixture.api.query(
        'query($after: String) { organisations(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      walked.push(...page.data.organisations.nodes.map((o: { id: string }) => o.id));
      after = page.data.organisations.pageInfo.hasNextPage ? page.data.organisations.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toHaveLength(BUNDLED_COUNTS.byType.Organisation);
    expect(new Set(walked).size).toBe(BUNDLED_COUNTS.byType.Organisation);
  });

  it('refuses a page size above the cap with a clear BAD_USER_INPUT naming the argument', async () => {
    // Also when only totalCount is asked (a count-only read pages nothing, but the argument is as wrong; a new
    // user's trial found `first: 100000 { totalCount }` answered).
    for (const query of ['{ events(first: 101) { nodes { id } } }', '{ events(first: 100000) { totalCount } }']) {
      const response = await fixture.api.query(query);
      // Root fields are nullable (issue 12): the refused field is null, not the whole data.
      expect(response.data).toEqual({ events: null });
      expect(response.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'first', reason: expect.stringContaining('at most 100') }],
      });
    }
    const counted = await fixture.api.query('{ events(first: 100) { totalCount } }');
    expect(counted.data!.events.totalCount).toBe(BUNDLED_COUNTS.byType.Event);
  });

  it('refuses an unknown country code and a reversed year range, naming the field', async () => {
    const response = await fixture.api.query(
      '{ events(where: { countryCode: "XX", yearFrom: 2014, yearTo: 2012 }) { nodes { id } } }',
    );
    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.fields).toEqual(
      expect.arrayContaining([
        { field: 'where.countryCode', reason: expect.stringContaining('ISO 3166-1 alpha-2') },
        { field: 'where.yearTo', reason: 'yearTo must not be before yearFrom' },
      ]),
    );
    const list = await fixture.api.query(
      `{ events(where: { countryCodes: ["DE", "'; DROP", "BE", "XX"] }) { totalCount } }`,
    );
    expect(list.errors![0].extensions!.fields).toEqual([
      {
        field: 'where.countryCodes',
        reason: 'countryCodes[1], countryCodes[3] are not assigned ISO 3166-1 alpha-2 country codes (such as BE)',
      },
    ]);
    // The message does not name the field twice ("where.countryCodes: countryCodes[1] …", a new user's trial).
    expect(list.errors![0].message).toBe(
      'Invalid input: where.countryCodes[1], countryCodes[3] are not assigned ISO 3166-1 alpha-2 country codes (such as BE)',
    );
  });

  it('NOT keeps entities that lack the property (undated events are not in year >= 1900), and nodes(ids:) is capped', async () => {
    const response = await fixture.api.query(
      '{ events(first: 100, where: { NOT: { yearFrom: 1900 } }) { totalCount nodes { id year } } }',
    );
    const [{ n }] = await fixture.graph.cypher(
      'MATCH (e:Event) WHERE e.year IS NULL OR e.year < 1900 RETURN count(e) AS n',
    );
    expect(Number(n)).toBeGreaterThan(0);
    expect(response.data!.events.totalCount).toBe(Number(n));
    expect(response.data!.events.nodes.every((e: any) => e.year === null)).toBe(true);
    const ids = Array.from({ length: 101 }, (_, i) => `event:${i}`);
    const tooMany = await fixture.api.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(tooMany.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'ids', reason: expect.stringContaining('at most 100') }],
    });
  });
});
