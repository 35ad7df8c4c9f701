import { recordStatements } from '../support/statement-recorder';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/**
 * A list asked only for its `totalCount` reads the count and no page (graph/entity-reader.ts, list; issue 15: the
 * dashboard's key figures asked `first: 1 { totalCount }` of six lists, and each sorted rows to fill a page nobody
 * read). The counts must stay those of plain Cypher, and a filter naming an unknown id must stay an error.
 */
describe('lists asked only for their totalCount', () => {
  const fixture = useTestApi(loadBundledData);
  const statements: string[] = [];
  let stopRecording: (() => void) | undefined;
  beforeAll(() => {
    stopRecording = recordStatements(fixture.graph.driver, statements);
  });
  afterAll(() => stopRecording?.());

  /** Sends a query and returns its data and the statements it sent. */
  async function ask(query: string) {
    statements.length = 0;
    const response = await fixture.api.query(query);
    return { response, sent: [...statements] };
  }

  const count = async (cypher: string) => Number((await fixture.graph.cypher(cypher))[0].n);

  it("answers the dashboard's key figures with the counts of plain Cypher, sorting nothing", async () => {
    // The six root fields of the dashboard's key figures (web/dashboard/js/queries.js) and the label each counts.
    const roots: Record<string, string> = {
      events: 'Event',
      organisations: 'Organisation',
      publications: 'Publication',
      competenceStandards: 'CompetenceStandard',
      policyDocuments: 'PolicyDocument',
      countries: 'Country',
    };
    const { response, sent } = await ask(
      `{ ${Object.keys(roots)
        .map((root) => `${root}(first: 1) { totalCount }`)
        .join(' ')} }`,
    );
    expect(response.errors).toBeUndefined();
    const expected: Record<string, { totalCount: number }> = {};
    for (const [root, label] of Object.entries(roots))
      expected[root] = { totalCount: await count(`MATCH (n:${label}) RETURN count(n) AS n`) };
    expect(response.data).toEqual(expected);
    expect(response.data!.events.totalCount).toBeGreaterThan(100);
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain('ORDER BY');
  });

  it('counts a filtered list as the list with its page does, and reads the page only when it is asked', async () => {
    const where = 'where: { yearFrom: 2010, yearTo: 2014, countryCode: "BE" }';
    const alone = await ask(`{ events(first: 5, ${where}) { totalCount } }`);
    const paged = await ask(`{ events(first: 5, ${where}) { totalCount nodes { id } } }`);
    const withInfo = await ask(`{ events(first: 5, ${where}) { totalCount pageInfo { hasNextPage } } }`);
    const total = paged.response.data!.events.totalCount;
    expect(total).toBeGreaterThan(5);
    expect(alone.response.data).toEqual({ events: { totalCount: total } });
    expect(withInfo.response.data).toEqual({ events: { totalCount: total, pageInfo: { hasNextPage: true } } });
    expect(alone.sent.join('\n')).not.toContain('ORDER BY');
    expect(paged.sent.join('\n')).toContain('ORDER BY');
    expect(paged.response.data!.events.nodes).toHaveLength(5);
  });

  it('still refuses a filter naming an unknown id, and answers 0 for a known one that matches nothing', async () => {
    const unknown = await ask('{ events(first: 3, where: { hostedBy: "org:cedefopp" }) { totalCount } }');
    expect(unknown.response.data?.events ?? null).toBeNull();
    expect(unknown.response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'where.hostedBy', reason: 'no stored entity has this id' }],
    });
    const none = await ask('{ events(first: 3, where: { hostedBy: "org:cedefop", yearTo: 1990 }) { totalCount } }');
    expect(none.response.errors).toBeUndefined();
    expect(none.response.data).toEqual({ events: { totalCount: 0 } });
    const some = await ask('{ events(first: 3, where: { hostedBy: "org:cedefop" }) { totalCount } }');
    expect(some.response.data!.events.totalCount).toBe(
      await count('MATCH (e:Event)-[:HOSTED_BY]->(:Organisation {id: "org:cedefop"}) RETURN count(DISTINCT e) AS n'),
    );
    expect(some.response.data!.events.totalCount).toBeGreaterThan(0);
  });
});
