import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

describe('_entities: 100 representations in one round trip, unknown keys null (issue 5, section 1)', () => {
  const fixture = useTestApi(loadBundledData);

  it('resolves 100 entities of all 10 types by id and 10 countries by code in one statement', async () => {
    const rows = await fixture.graph.cypher(`
      MATCH (n:Entity) WITH n ORDER BY n.id
      WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS type, collect(n) AS nodes
      UNWIND range(0, size(nodes) - 1) AS i
      RETURN type, nodes[i].id AS id, nodes[i].name AS name ORDER BY i, type LIMIT 100`);
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((row) => row.type)).size).toBe(10);
    const countries = await fixture.graph.cypher(
      'MATCH (c:Country) RETURN c.code AS code, c.name AS name ORDER BY code LIMIT 10',
    );
    const representations = [
      ...rows.map((row) => ({ __typename: row.type, id: row.id })),
      ...countries.map((row) => ({ __typename: 'Country', code: (row.code as string).toLowerCase() })),
      { __typename: 'Organisation', id: 'org:does-not-exist' },
      { __typename: 'Event', id: rows.find((row) => row.type === 'Organisation')!.id },
      { __typename: 'Country', code: 'ZZ' },
    ];
    const response = await fixture.api.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Node { id name } } }',
      { r: representations },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([
      ...rows.map((row) => ({ id: row.id, name: row.name })),
      ...countries.map((row) => ({ id: `country:${row.code}`, name: row.name })),
      null,
      null,
      null,
    ]);
    // Ids and country codes of every type are looked up together (EntityReader batches both into one statement).
    expect(response.extensions!.dbRoundTrips).toBe(1);
  });

  it('reads only the properties asked, and answers every scalar field as a whole-entity lookup does (issue 15)', async () => {
    // Every scalar field without required arguments of every entity type, asked through `_entities` (projected
    // reads) and through `nodes(ids:)` (whole entities): the two answers must be equal.
    const schema = await fixture.api.query(`{ __schema { types { name kind interfaces { name } fields {
      name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`);
    const leaf = (t: any): boolean => (t.ofType ? leaf(t.ofType) : t.kind === 'SCALAR' || t.kind === 'ENUM');
    const entityTypes = (schema.data!.__schema.types as any[]).filter(
      (t) => t.kind === 'OBJECT' && (t.interfaces ?? []).some((i: any) => i.name === 'Node'),
    );
    const rows = await fixture.graph.cypher(`
      MATCH (n:Entity) WITH n ORDER BY n.id
      WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS type, collect(n) AS nodes
      UNWIND range(0, 4) AS i WITH type, nodes[i] AS n WHERE n IS NOT NULL
      RETURN type, n.id AS id ORDER BY type, id`);
    expect(new Set(rows.map((row) => row.type)).size).toBe(10);
    const asked: string[] = [];
    for (const type of entityTypes) {
      const fields = (type.fields as any[])
        .filter((f) => leaf(f.type) && f.args.every((a: any) => a.type.kind !== 'NON_NULL'))
        .map((f) => f.name as string);
      const fragment = `... on ${type.name} { ${fields.join(' ')} }`;
      const ids = rows.filter((row) => row.type === type.name).map((row) => row.id as string);
      const projected = await fixture.api.query(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ${fragment} } }`,
        {
          r: ids.map((id) => ({ __typename: type.name, id })),
        },
      );
      const whole = await fixture.api.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { ${fragment} } }`, { ids });
      expect(projected.errors).toBeUndefined();
      expect(whole.errors).toBeUndefined();
      expect(projected.data!._entities).toEqual(whole.data!.nodes);
      expect(ids.length).toBeGreaterThan(0);
      asked.push(...fields.map((field) => `${type.name}.${field}`));
    }
    expect(asked).toEqual(expect.arrayContaining(['Event.startDate', 'Organisation.acronym', 'Country.code']));
    // Not every property came back: an event asked only for its id carries its id and name (graph/projection.ts).
    const narrow = await fixture.api.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id } } }',
      {
        r: [{ __typename: 'Event', id: 'event:pla-trainers-2013-louvain-la-neuve' }],
      },
    );
    expect(narrow.data!._entities).toEqual([{ id: 'event:pla-trainers-2013-louvain-la-neuve' }]);
  });

  it('a representation a router would not send gets BAD_USER_INPUT at its own position; the others are still resolved', async () => {
    const representations = [
      { __typename: 'Organisation', id: 'org:forem' },
      { __typename: 'Nope', id: 'x' },
      { __typename: 'SourceDocument', id: 'x' },
      { foo: 1 },
      { __typename: 'Country', code: 'BE' },
    ];
    const response = await fixture.api.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Node { id } } }',
      { r: representations },
    );
    expect(response.data!._entities).toEqual([{ id: 'org:forem' }, null, null, null, { id: 'country:BE' }]);
    expect(
      response.errors!.map((error) => [
        error.path,
        error.extensions!.code,
        (error.extensions!.fields as Array<{ field: string }>)[0].field,
      ]),
    ).toEqual([
      [['_entities', 1], 'BAD_USER_INPUT', 'representations[1].__typename'],
      [['_entities', 2], 'BAD_USER_INPUT', 'representations[2].__typename'],
      [['_entities', 3], 'BAD_USER_INPUT', 'representations[3].__typename'],
    ]);
    expect(response.errors![0].message).toContain('"Nope" is not an entity type of this subgraph');
  });
});
