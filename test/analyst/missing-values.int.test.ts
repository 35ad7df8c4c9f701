import fs from 'node:fs';
import { ApiFixture, GraphQLResponse, useTestApi } from '../support/test-api';
import { BUNDLED_FILES, loadBundledData } from '../support/test-graph';

/*
 * Missing-value filters (issue 16, item 3). The bundled data grows while this is written, so the expected sets are
 * computed here from the data files themselves (entities merged by id, as the importer does), never typed in.
 */

interface Entity {
  id: string;
  type: string;
  props: Record<string, unknown>;
}
interface Relation {
  from: string;
  type: string;
  to: string;
}

function bundled(): { entities: Map<string, Entity>; relations: Relation[] } {
  const entities = new Map<string, Entity>();
  const relations: Relation[] = [];
  for (const file of BUNDLED_FILES) {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { entities: Entity[]; relations: Relation[] };
    for (const entity of data.entities) {
      const earlier = entities.get(entity.id);
      entities.set(entity.id, { ...entity, props: { ...earlier?.props, ...entity.props } });
    }
    relations.push(...data.relations);
  }
  return { entities, relations };
}

/** Events of the data whose HELD_IN target is, or reaches in at most two LOCATED_IN steps, a country. */
function eventsWithoutCountry(): string[] {
  const { entities, relations } = bundled();
  const out = (type: string, from: string) =>
    relations.filter((r) => r.type === type && r.from === from).map((r) => r.to);
  const reaches = (id: string, steps: number): boolean =>
    entities.get(id)?.type === 'Country' || (steps > 0 && out('LOCATED_IN', id).some((to) => reaches(to, steps - 1)));
  return [...entities.values()]
    .filter((e) => e.type === 'Event' && !out('HELD_IN', e.id).some((place) => reaches(place, 2)))
    .map((e) => e.id)
    .sort();
}

/** Every id a list field returns for `where`, page by page. */
async function allIds(fixture: ApiFixture, field: string, where: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse = await fixture.api.query(
      `query ($after: String) { ${field}(first: 100, after: $after, where: ${where}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(response.errors).toBeUndefined();
    const page: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } } =
      response.data![field];
    ids.push(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasNextPage) return ids.sort();
    after = page.pageInfo.endCursor;
  }
}

describe('filters for missing values (issue 16, item 3)', () => {
  const fixture = useTestApi(loadBundledData);

  it('lists the events with no country, exactly those the data files leave without one', async () => {
    const expected = eventsWithoutCountry();
    expect(expected.length).toBeGreaterThan(0);
    expect(await allIds(fixture, 'events', '{ hasCountry: false }')).toEqual(expected);
    // The two answers split the events, and no country filter finds one of those "without a country".
    const [without, withCountry, all] = await Promise.all(
      ['{ hasCountry: false }', '{ hasCountry: true }', '{}'].map((where) =>
        fixture.api.query(`{ events(where: ${where}) { totalCount } }`),
      ),
    );
    expect(without.data!.events.totalCount + withCountry.data!.events.totalCount).toBe(all.data!.events.totalCount);
    const codes = (await fixture.graph.cypher('MATCH (c:Country) RETURN collect(c.code) AS codes'))[0]
      .codes as string[];
    const both = await fixture.api.query(
      'query ($codes: [String!]) { events(where: { hasCountry: false, countryCodes: $codes }) { totalCount } }',
      { codes },
    );
    expect(both.data!.events.totalCount).toBe(0);
  });

  it('finds the events with no host and the standards with no level, as the data files have them', async () => {
    const { entities, relations } = bundled();
    const hosted = new Set(relations.filter((r) => r.type === 'HOSTED_BY').map((r) => r.from));
    const unhosted = [...entities.values()]
      .filter((e) => e.type === 'Event' && !hosted.has(e.id))
      .map((e) => e.id)
      .sort();
    expect(await allIds(fixture, 'events', '{ hasHost: false }')).toEqual(unhosted);
    const levelless = [...entities.values()]
      .filter((e) => e.type === 'CompetenceStandard' && e.props.level === undefined)
      .map((e) => e.id)
      .sort();
    expect(await allIds(fixture, 'competenceStandards', '{ hasLevel: false }')).toEqual(levelless);
  });

  it('finds undated events and policy documents, and combines with NOT and other filters', async () => {
    const { entities } = bundled();
    const undated = [...entities.values()]
      .filter((e) => e.type === 'Event' && e.props.startDate === undefined)
      .map((e) => e.id)
      .sort();
    expect(await allIds(fixture, 'events', '{ hasDate: false }')).toEqual(undated);
    expect(await allIds(fixture, 'events', '{ NOT: { hasDate: true } }')).toEqual(undated);
    const [{ count }] = await fixture.graph.cypher(
      'MATCH (p:PolicyDocument) WHERE p.year IS NULL RETURN count(p) AS count',
    );
    const docs = await fixture.api.query('{ policyDocuments(where: { hasYear: false }) { totalCount } }');
    expect(docs.data!.policyDocuments.totalCount).toBe(Number(count));
  });
});
