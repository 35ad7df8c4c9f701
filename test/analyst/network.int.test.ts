import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';
import { HUB_DEGREE, neighbourhoodStatement } from '../../src/features/network/network.statements';
import { CypherParams } from '../../src/graph/cypher-identifiers';

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

  it('returns every relationship among the nodes reached, whichever end it is read from (issue 15: hubs read pairwise)', async () => {
    const idOf = (node: any) => String(node.id ?? node.properties?.id);
    const cases: Array<[string, number, number]> = [
      ['org:cedefop', 2, 200],
      ['org:forem', 2, 100],
      ['country:BE', 1, 300],
    ];
    const sizes: number[] = [];
    for (const [center, depth, limit] of cases) {
      let first: unknown;
      // The default, every node with a relationship a hub (only the pairwise branch), and a mix of the three branches.
      for (const hubDegree of [HUB_DEGREE, 0, 3]) {
        const statement = neighbourhoodStatement(center, depth, limit, undefined, new CypherParams('s'), hubDegree);
        const [row] = await fixture.graph.cypher(statement.cypher, statement.params);
        const ids = (row.nodes as any[]).map(idOf);
        const expected = await fixture.graph.cypher(
          `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
           RETURN a.id AS from, type(r) AS type, b.id AS to ORDER BY from, type, to`,
          { ids },
        );
        const edges = (row.edges as any[]).map((e) => ({ from: e.from, type: e.type, to: e.to }));
        expect(edges.length).toBeLessThan(limit * 10); // under the edge cap, so nothing was cut
        expect(edges).toEqual(expected);
        first ??= { ids, edges };
        expect({ ids, edges }).toEqual(first);
      }
      sizes.push((first as { edges: unknown[] }).edges.length);
    }
    expect(Math.min(...sizes)).toBeGreaterThan(10);
  });

  it('reads each ring exactly when the limit does not cut it, though each node gives at most limit + 1 neighbours', async () => {
    const response = await fixture.api.query(
      '{ neighbourhood(id: "org:forem", depth: 2, limit: 500) { nodes { id } truncated } }',
    );
    const expected = await fixture.graph.cypher(
      "MATCH (:Entity {id: 'org:forem'})-[*1..2]-(m:Entity) RETURN DISTINCT m.id AS id ORDER BY id",
    );
    expect(response.data!.neighbourhood.truncated).toBe(false);
    const ids = response.data!.neighbourhood.nodes.map((n: any) => n.id).sort();
    expect(ids).toEqual([...new Set(['org:forem', ...expected.map((r) => r.id as string)])].sort());
    expect(ids.length).toBeGreaterThan(30);
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
