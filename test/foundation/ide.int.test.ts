import { useTestApi } from '../support/test-api';
import { emptyGraph } from '../support/test-graph';

describe('the in-browser IDE at GET /graphql (issue 2, section 5)', () => {
  const fixture = useTestApi(emptyGraph);

  it('serves GraphiQL to browsers with every asset from our own server (works with no internet)', async () => {
    const page = await fetch(`${fixture.api.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const external = html.match(/(?:src|href)="https?:\/\/[^"]+"/g) ?? [];
    expect(external).toEqual([]);
    const assets = [...html.matchAll(/(?:src|href)="(\/ide\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.sort()).toEqual([
      '/ide/code-exporter.js',
      '/ide/explorer.css',
      '/ide/explorer.js',
      '/ide/graphiql.css',
      '/ide/graphiql.js',
      '/ide/react-dom.js',
      '/ide/react.js',
    ]);
    for (const asset of assets) {
      const response = await fetch(`${fixture.api.url}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('preloads analyst example queries, including the Louvain-la-Neuve PLA', async () => {
    const html = await (await fetch(`${fixture.api.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('event:pla-trainers-2013-louvain-la-neuve');
    expect(html).toContain('PEER_LEARNING_ACTIVITY');
  });

  it('still answers GraphQL GET requests from clients that do not ask for HTML', async () => {
    const response = await fetch(`${fixture.api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});
