import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

const FOREM = 'org:forem';
const BRUGES = 'policy:bruges-communique-2010';
const STEP = 'type from to role since until';

describe('paths up to the asked length, ranked by length, steps with role and years (issue 16, item 3)', () => {
  const fixture = useTestApi(loadBundledData);

  it("answers the three-step route from Le Forem through the working group's mandate to the Bruges Communiqué", async () => {
    const response = await fixture.api
      .query(`{ paths(from: "${FOREM}", to: "${BRUGES}", minHops: 3, maxHops: 3, first: 25) {
      length nodes { __typename id } relationships { ${STEP} } } }`);
    expect(response.errors).toBeUndefined();
    const paths = response.data!.paths as Array<{
      length: number;
      nodes: Array<{ id: string }>;
      relationships: Array<{ type: string }>;
    }>;
    const route = paths.find(
      (path) => path.relationships.map((r) => r.type).join(',') === 'HOSTED_BY,ORGANISED_BY,MANDATED_BY',
    );
    expect(route).toBeDefined();
    expect(route!.nodes.map((n) => n.id)).toEqual([
      FOREM,
      'event:pla-trainers-2013-louvain-la-neuve',
      'wg:et2020-twg-trainers-vet',
      BRUGES,
    ]);
    // Every three-step simple path the graph has (counted by Cypher, independently of the API) is returned, none longer or shorter.
    const [{ count }] = await fixture.graph.cypher(
      `MATCH p = (:Entity {id: $from})-[*3..3]-(:Entity {id: $to})
       WHERE all(i IN range(0, 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) RETURN count(p) AS count`,
      { from: FOREM, to: BRUGES },
    );
    expect(paths).toHaveLength(Math.min(Number(count), 25));
    for (const path of paths) {
      expect(path.length).toBe(3);
      expect(new Set(path.nodes.map((n) => n.id)).size).toBe(4);
    }
  });

  it('ranks paths by length, the shortest first, and goes past the shortest', async () => {
    const response = await fixture.api.query(
      `{ paths(from: "${FOREM}", to: "${BRUGES}", maxHops: 4, first: 10) { length relationships { type from to } nodes { id } } }`,
    );
    expect(response.errors).toBeUndefined();
    const lengths = (response.data!.paths as Array<{ length: number }>).map((p) => p.length);
    const [{ len }] = await fixture.graph.cypher(
      'MATCH p = shortestPath((:Entity {id: $from})-[*..4]-(:Entity {id: $to})) RETURN length(p) AS len',
      { from: FOREM, to: BRUGES },
    );
    expect(lengths[0]).toBe(Number(len));
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    expect(Math.max(...lengths)).toBeGreaterThan(Number(len));
    for (const path of response.data!.paths) {
      path.relationships.forEach((r: { from: string; to: string }, i: number) => {
        expect([r.from, r.to].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
      });
    }
  });

  it('keeps to the shortest length with shortestOnly, as allShortestPaths does', async () => {
    const response = await fixture.api.query(
      `{ paths(from: "${FOREM}", to: "${BRUGES}", maxHops: 4, first: 25, shortestOnly: true) { length } }`,
    );
    expect(response.errors).toBeUndefined();
    const [{ count, len }] = await fixture.graph.cypher(
      'MATCH p = allShortestPaths((:Entity {id: $from})-[*..4]-(:Entity {id: $to})) RETURN count(p) AS count, min(length(p)) AS len',
      { from: FOREM, to: BRUGES },
    );
    expect(response.data!.paths).toEqual(
      Array.from({ length: Math.min(Number(count), 25) }, () => ({ length: Number(len) })),
    );
  });

  it('carries the stored role, since and until on every step', async () => {
    const [member] = await fixture.graph.cypher(
      `MATCH (a:Entity)-[r:MEMBER_OF]->(b:Entity) WHERE r.since IS NOT NULL
       RETURN a.id AS from, b.id AS to, r.role AS role, r.since AS since, r.until AS until ORDER BY a.id, b.id LIMIT 1`,
    );
    const response = await fixture.api.query(
      `{ paths(from: "${member.from}", to: "${member.to}", maxHops: 1) { relationships { ${STEP} } } }`,
    );
    expect(response.errors).toBeUndefined();
    const step = response.data!.paths[0].relationships[0];
    expect(step).toEqual({
      type: 'MEMBER_OF',
      from: member.from,
      to: member.to,
      role: member.role ?? null,
      since: String(member.since),
      until: member.until ?? null,
    });
  });

  it('refuses maxHops below minHops, naming the field', async () => {
    const response = await fixture.api.query(
      `{ paths(from: "${FOREM}", to: "${BRUGES}", minHops: 4, maxHops: 3) { length } }`,
    );
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'maxHops' }] });
  });
});
