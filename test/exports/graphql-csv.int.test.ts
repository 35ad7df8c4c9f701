import { parse } from 'csv-parse';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';
import { authHeader } from '../support/tokens';

const BELGIAN_EVENTS = `query BelgianEvents {
  events(first: 50, where: { countryCode: "BE" }, orderBy: { field: START_DATE }) {
    totalCount
    edges { cursor node { id name startDate hostedBy(first: 2) { nodes { name } } } }
  }
}`;

/** The rows of a CSV text (header first), parsed by csv-parse. */
function csvRows(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) =>
    parse(text, { relax_column_count: false }, (error, rows: string[][]) => (error ? reject(error) : resolve(rows))),
  );
}

/** POSTs a query to /graphql/csv. */
async function postCsv(url: string, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/graphql/csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

describe('a GraphQL list answer as CSV at /graphql/csv (issue 17, item 2)', () => {
  const fixture = useTestApi(loadBundledData);

  it('writes a connection’s edges as rows with dotted columns, the same values as /graphql answers', async () => {
    const response = await postCsv(fixture.api.url, BELGIAN_EVENTS);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="BelgianEvents.csv"');
    expect(response.headers.get('x-csv-rows-from')).toBe('events.edges');
    const [header, ...rows] = await csvRows(await response.text());
    expect(header.slice(0, 4)).toEqual(['id', 'name', 'startDate', 'hostedBy.nodes.0.name']);
    expect(header).toContain('edge.cursor');
    const json = await fixture.api.query(BELGIAN_EVENTS);
    const edges = json.data!.events.edges as Array<{
      cursor: string;
      node: { id: string; name: string; startDate: string | null; hostedBy: { nodes: Array<{ name: string }> } };
    }>;
    expect(rows.length).toBe(edges.length);
    expect(rows.length).toBe(Math.min(json.data!.events.totalCount, 50));
    const column = (name: string) => header.indexOf(name);
    rows.forEach((row, index) => {
      expect(row[column('id')]).toBe(edges[index].node.id);
      expect(row[column('edge.cursor')]).toBe(edges[index].cursor);
      expect(row[column('hostedBy.nodes.0.name')]).toBe(edges[index].node.hostedBy.nodes[0]?.name ?? '');
    });
    const [pla] = await fixture.graph.cypher('MATCH (e:Event {id: $id}) RETURN toString(e.startDate) AS startDate', {
      id: 'event:pla-trainers-2013-louvain-la-neuve',
    });
    expect(
      rows.find((row) => row[column('id')] === 'event:pla-trainers-2013-louvain-la-neuve')?.[column('startDate')],
    ).toBe(pla.startDate);
  });

  it('writes a connection’s nodes and a plain list, and a GET with the preflight header', async () => {
    const [counted] = await fixture.graph.cypher('MATCH (c:Country) RETURN count(c) AS n');
    const text = await (
      await postCsv(fixture.api.url, '{ countries(first: 100, orderBy: { field: NAME }) { nodes { code name } } }')
    ).text();
    const [header, ...rows] = await csvRows(text);
    expect(header).toEqual(['code', 'name']);
    expect(rows.length).toBe(counted.n);
    const get = await fetch(
      `${fixture.api.url}/graphql/csv?query=${encodeURIComponent('{ countries(first: 2, orderBy: { field: NAME }) { nodes { code } } }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(await get.text()).toBe(`code\n${rows[0][0]}\n${rows[1][0]}\n`);
    const bom = await fetch(
      `${fixture.api.url}/graphql/csv?bom=true&query=${encodeURIComponent('{ countries(first: 1, orderBy: { field: NAME }) { nodes { code } } }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(Buffer.from(await bom.arrayBuffer()).toString('utf8')).toBe(`\uFEFFcode\n${rows[0][0]}\n`);
    const noPreflight = await fetch(
      `${fixture.api.url}/graphql/csv?query=${encodeURIComponent('{ countries { nodes { code } } }')}`,
    );
    expect(noPreflight.status).toBe(400);
  });

  it('keeps a spreadsheet from running a cell that starts like a formula', async () => {
    await fixture.graph.cypher(
      "CREATE (:Entity:Topic {id: 'topic:csv-formula', name: '=HYPERLINK(\"http://x\",\"y\")', sources: ['https://example.org/t']})",
    );
    await fixture.graph.cypher(
      "CREATE (:Entity:Topic {id: 'topic:csv-minus', name: '-2+3', sources: ['https://example.org/t']})",
    );
    const text = await (
      await postCsv(
        fixture.api.url,
        '{ topics(first: 5, where: { ids: ["topic:csv-formula", "topic:csv-minus"] }, orderBy: { field: NAME }) { nodes { id name } } }',
      )
    ).text();
    const [, ...rows] = await csvRows(text);
    expect(rows.sort((a, b) => b[0].localeCompare(a[0]))).toEqual([
      ['topic:csv-minus', "'-2+3"],
      ['topic:csv-formula', `'=HYPERLINK("http://x","y")`],
    ]);
  });

  it('refuses an answer without a list, and sends GraphQL errors as JSON, not as a sheet', async () => {
    const noList = await postCsv(fixture.api.url, '{ country(id: "country:BE") { name } }');
    expect(noList.status).toBe(422);
    expect((await noList.json()).errors[0].message).toMatch(/^The answer holds no list/);
    const invalid = await postCsv(fixture.api.url, '{ events { edges { node { noSuchField } } } }');
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('/graphql/csv keeps the limits and the access rules of /graphql', () => {
  const fixture = useTestApi(async () => undefined, { QUERY_MAX_DEPTH: '4', READS_REQUIRE_AUTH: 'true' });

  it('needs a reader token, refuses mutations without one, and checks the depth limit', async () => {
    const shallow = '{ countries(first: 2) { nodes { code } } }';
    expect((await postCsv(fixture.api.url, shallow)).status).toBe(401);
    const reader = await authHeader('reader');
    expect((await postCsv(fixture.api.url, shallow, reader)).status).toBe(200);
    const mutation = await postCsv(fixture.api.url, 'mutation { acceptProposal(id: "proposal:none") { id } }');
    expect(mutation.status).toBe(401);
    const deep = await postCsv(
      fixture.api.url,
      '{ events(first: 1) { edges { node { hostedBy { edges { node { id } } } } } } }',
      reader,
    );
    const direct = await fixture.api.query(
      '{ events(first: 1) { edges { node { hostedBy { edges { node { id } } } } } } }',
      undefined,
      reader,
    );
    expect(deep.status).toBe(direct.status);
    const body = await deep.json();
    expect(body.errors[0].message).toBe(direct.errors![0].message);
    expect(body.errors[0].message).toMatch(/depth/i);
  });
});
