import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

describe('paths and neighbourhoods (issue 3, section 5)', () => {
  const fixture = useTestApi(loadBundledData);

  it('finds what connects Le Forem to the Bruges Communiqué as typed nodes and relationships', async () => {
    const response = await fixture.api
      .query(`{ paths(from: "org:forem", to: "policy:bruges-communique-2010", maxHops: 4) {
      length nodes { __typename id } relationships { type from to } } }`);
    expect(response.errors).toBeUndefined();
    const [{ len }] = await fixture.graph.cypher(
      "MATCH p = shortestPath((:Entity {id: 'org:forem'})-[*..4]-(:Entity {id: 'policy:bruges-communique-2010'})) RETURN length(p) AS len",
    );
    // Ranked by length (issue 16): the shortest first, none shorter after a longer one.
    expect(response.data!.paths[0].length).toBe(len);
    const lengths = response.data!.paths.map((path: any) => path.length);
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    for (const path of response.data!.paths) {
      expect(path.nodes[0].id).toBe('org:forem');
      expect(path.nodes[path.nodes.length - 1].id).toBe('policy:bruges-communique-2010');
      path.relationships.forEach((r: any, i: number) => {
        expect([r.from, r.to].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
      });
    }
    expect(response.data!.paths[0].relationships.map((r: any) => r.type)).toEqual(['HOSTED_BY', 'CITES']);
  });

  it('limits paths to the relationship types asked for', async () => {
    const response = await fixture.api.query(
      '{ paths(from: "org:forem", to: "policy:bruges-communique-2010", maxHops: 6, relationTypes: [HOSTED_BY, ORGANISED_BY, MANDATED_BY]) { relationships { type } } }',
    );
    for (const path of response.data!.paths)
      for (const r of path.relationships) expect(['HOSTED_BY', 'ORGANISED_BY', 'MANDATED_BY']).toContain(r.type);
    expect(response.data!.paths.length).toBeGreaterThan(0);
  });

  it('refuses maxHops above 6 and names a missing end', async () => {
    const tooLong = await fixture.api.query('{ paths(from: "org:forem", to: "org:cedefop", maxHops: 7) { length } }');
    expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'maxHops' }] });
    const missing = await fixture.api.query('{ paths(from: "org:forem", to: "org:nowhere") { length } }');
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'org:nowhere' });
  });

  it('returns a capped neighbourhood whose edges join returned nodes', async () => {
    const response = await fixture.api.query(
      '{ neighbourhood(id: "org:forem", depth: 1) { center { id } nodes { id } edges { type from to } truncated } }',
    );
    const hood = response.data!.neighbourhood;
    const neighbours = await fixture.graph.cypher(
      "MATCH (:Entity {id: 'org:forem'})--(m:Entity) RETURN DISTINCT m.id AS id ORDER BY id",
    );
    expect(hood.nodes.map((n: any) => n.id).sort()).toEqual(['org:forem', ...neighbours.map((r) => r.id)].sort());
    expect(hood.truncated).toBe(false);
    const ids = new Set(hood.nodes.map((n: any) => n.id));
    for (const edge of hood.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);

    const capped = await fixture.api.query(
      '{ neighbourhood(id: "org:cedefop", depth: 3, limit: 25) { nodes { id } truncated } }',
    );
    expect(capped.data!.neighbourhood.nodes).toHaveLength(25);
    expect(capped.data!.neighbourhood.truncated).toBe(true);
    const tooDeep = await fixture.api.query('{ neighbourhood(id: "org:forem", depth: 4) { truncated } }');
    expect(tooDeep.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'depth' }] });
  });

  it('answers a path from an entity to itself with the one path of length 0, and names an unknown neighbourhood center', async () => {
    const self = await fixture.api.query(
      '{ paths(from: "org:forem", to: "org:forem") { length nodes { id } relationships { type } } }',
    );
    expect(self.errors).toBeUndefined();
    expect(self.data!.paths).toEqual([{ length: 0, nodes: [{ id: 'org:forem' }], relationships: [] }]);
    const unknown = await fixture.api.query('{ neighbourhood(id: "org:nowhere") { center { id } } }');
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'org:nowhere' });
  });

  it('refuses an empty relationTypes list instead of reading it as all types (found by the fresh-user trial)', async () => {
    const response = await fixture.api.query(`{
      p: paths(from: "org:forem", to: "policy:bruges-communique", relationTypes: []) { length }
    }`);
    expect(response.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'relationTypes', reason: 'relationTypes must list at least one type, or be left out for all' }],
    });
    const hood = await fixture.api.query('{ neighbourhood(id: "org:forem", relationTypes: []) { truncated } }');
    expect(hood.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'relationTypes' }] });
  });
});
