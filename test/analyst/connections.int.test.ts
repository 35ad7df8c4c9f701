import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

const EVENTS_PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: EventOrder) {
  events(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    edges { cursor node { id startDate } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;

describe('Relay connections everywhere (issue 3, section 1)', () => {
  const fixture = useTestApi(loadBundledData);

  it('pages backwards with last/before over exactly the rows of the forward walk, nulls last in both directions', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await fixture.api.query(EVENTS_PAGE, {
        first: 40,
        after,
        orderBy: { field: 'START_DATE', direction: 'DESC' },
      });
      forward.push(...page.data.events.edges.map((e: any) => e.node.id));
      if (!page.data.events.pageInfo.hasNextPage) break;
      after = page.data.events.pageInfo.endCursor;
    }
    const [{ total }] = await fixture.graph.cypher('MATCH (e:Event) RETURN count(e) AS total');
    expect(forward).toHaveLength(total as number);
    const expected = await fixture.graph.cypher(
      'MATCH (e:Event) RETURN e.id AS id ORDER BY e.startDate IS NULL, e.startDate DESC, e.id',
    );
    expect(forward).toEqual(expected.map((r) => r.id));

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: any = await fixture.api.query(EVENTS_PAGE, {
        last: 40,
        before,
        orderBy: { field: 'START_DATE', direction: 'DESC' },
      });
      backward.unshift(...page.data.events.edges.map((e: any) => e.node.id));
      if (!page.data.events.pageInfo.hasPreviousPage) break;
      before = page.data.events.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('puts relationship properties on the edge (MEMBER_OF since/until/role)', async () => {
    const [membership] = await fixture.graph.cypher(`
      MATCH (o:Organisation)-[r:MEMBER_OF]->(g) WHERE r.since IS NOT NULL AND r.until IS NOT NULL
      RETURN o.id AS org, g.id AS target, labels(g) AS labels, toString(r.since) AS since, toString(r.until) AS until, r.role AS role ORDER BY o.id LIMIT 1`);
    const field = (membership.labels as string[]).includes('WorkingGroup') ? 'workingGroups' : 'memberOf';
    const response = await fixture.api.query(
      `query($id: ID!) { organisation(id: $id) { ${field} { edges { node { id } relationship { type since until role } } } } }`,
      { id: membership.org },
    );
    const edge = response.data!.organisation[field].edges.find((e: any) => e.node.id === membership.target);
    expect(edge.relationship).toEqual({
      type: 'MEMBER_OF',
      since: membership.since,
      until: membership.until,
      role: membership.role ?? null,
    });
  });

  it('pages a nested relationship connection with cursors and counts all of it', async () => {
    const all = await fixture.api.query(
      '{ country(id: "country:BE") { events(first: 100) { totalCount nodes { id } } } }',
    );
    const ids = all.data!.country.events.nodes.map((e: any) => e.id);
    const [{ n }] = await fixture.graph.cypher(
      "MATCH (c:Country {code: 'BE'})<-[:LOCATED_IN*0..2]-()<-[:HELD_IN]-(e:Event) RETURN count(DISTINCT e) AS n",
    );
    expect(all.data!.country.events.totalCount).toBe(n);
    const first = await fixture.api.query(
      '{ country(id: "country:BE") { events(first: 2) { pageInfo { endCursor hasNextPage } nodes { id } } } }',
    );
    const next = await fixture.api.query(
      'query($after: String) { country(id: "country:BE") { events(first: 2, after: $after) { nodes { id } } } }',
      {
        after: first.data!.country.events.pageInfo.endCursor,
      },
    );
    expect([...first.data!.country.events.nodes, ...next.data!.country.events.nodes].map((e: any) => e.id)).toEqual(
      ids.slice(0, 4),
    );
  });

  it('reads only what is selected, yet a nested entity shows every field and attribute when they are asked for', async () => {
    const FIELDS = 'id name acronym kind countryCode founded summary sources attributes createdAt updatedBy';
    const nested = await fixture.api.query(
      `{ event(id: "event:pla-trainers-2013-louvain-la-neuve") { hostedBy { nodes { ${FIELDS} } edges { relationship { type sources } } } } }`,
    );
    const direct = await fixture.api.query(`{ organisation(id: "org:forem") { ${FIELDS} } }`);
    expect(nested.data!.event.hostedBy.nodes).toEqual([direct.data!.organisation]);
    const [stored] = await fixture.graph.cypher(
      "MATCH (:Event {id: 'event:pla-trainers-2013-louvain-la-neuve'})-[r:HOSTED_BY]->(:Organisation {id: 'org:forem'}) RETURN r.sources AS sources",
    );
    expect(nested.data!.event.hostedBy.edges[0].relationship).toEqual({ type: 'HOSTED_BY', sources: stored.sources });
    expect(direct.data!.organisation.sources.length).toBeGreaterThan(0);
  });

  it('refuses a cursor made under another orderBy, naming the argument', async () => {
    const page = await fixture.api.query(EVENTS_PAGE, { first: 1 });
    const response = await fixture.api.query(EVENTS_PAGE, {
      first: 1,
      after: page.data!.events.pageInfo.endCursor,
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    const garbage = await fixture.api.query(EVENTS_PAGE, { first: 1, after: 'not-a-cursor' });
    expect(garbage.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after', reason: 'is not a cursor returned by this API' }],
    });
  });

  it('refuses a hand-edited cursor whose value does not fit the order (a non-date for START_DATE, a number for NAME)', async () => {
    const forged = (value: unknown) =>
      Buffer.from(JSON.stringify(['startDate', value, 'event:x'])).toString('base64url');
    for (const value of ['zzz', 123, '2013-02-30']) {
      const response = await fixture.api.query(EVENTS_PAGE, { first: 1, after: forged(value) });
      expect(response.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'after', reason: 'is not a cursor returned by this API' }],
      });
    }
    const byName = Buffer.from(JSON.stringify(['name', 7, 'event:x'])).toString('base64url');
    const response = await fixture.api.query(EVENTS_PAGE, {
      first: 1,
      before: byName,
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'before' }] });
  });
});
