import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';

const INTROSPECT = '{ __schema { queryType { name } } }';

describe('security headers, CORS allow-list, CSRF prevention (issue 6, section 4)', () => {
  const fixture = useTestApi(loadFieldCaseFixture, { CORS_ORIGINS: 'https://dashboard.example.eu' });

  it('sends helmet’s headers on GraphQL responses', async () => {
    const response = await fixture.api.query('{ __typename }');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    // Only the IDE page carries a nonce; a JSON answer's policy is static (issue 15, item 5).
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('lets the IDE’s one inline script run by a per-response nonce, never by unsafe-inline', async () => {
    const response = await fetch(`${fixture.api.url}/graphql`, { headers: { accept: 'text/html' } });
    const csp = response.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(await response.text()).toContain(`<script nonce="${nonce}">`);
    const again = await fetch(`${fixture.api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(again.headers.get('content-security-policy')).not.toContain(nonce);
  });

  it('answers a path it does not serve with a JSON 404 naming the paths it does', async () => {
    const response = await fetch(`${fixture.api.url}/health`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: 'Nothing is served at GET /health',
      paths: [
        'POST /graphql',
        'POST /graphql/csv',
        'GET /graphql (IDE)',
        'GET /dashboard',
        'GET /id/<type>/<key>',
        'GET /id/dump.jsonld',
        'GET /ns',
        'GET /health/live',
        'GET /health/ready',
      ],
    });
  });

  it('allows CORS for a listed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${fixture.api.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const listed = await preflight('https://dashboard.example.eu');
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.eu');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a simple cross-site request (CSRF): a GET query without a JSON content type or preflight header', async () => {
    const response = await fetch(`${fixture.api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
    const withHeader = await fetch(`${fixture.api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('refuses a form-encoded POST (CSRF)', async () => {
    const response = await fixture.api.post('query=%7B__typename%7D', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(400);
  });

  it('allows introspection and the IDE outside production by default', async () => {
    expect((await fixture.api.query(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('introspection and the IDE are configurable per environment', () => {
  const fixture = useTestApi(loadFieldCaseFixture, { INTROSPECTION: 'false', GRAPHIQL: 'false' });

  it('refuses introspection when INTROSPECTION=false', async () => {
    const response = await fixture.api.query(INTROSPECT);
    expect(response.status).toBe(400);
    expect(response.errors![0].message).toMatch(/introspection is not allowed/i);
  });

  it('serves no IDE page when GRAPHIQL=false', async () => {
    const response = await fetch(`${fixture.api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('GraphiQL');
  });

  it('defaults both off in production, with no CORS origin allowed', async () => {
    const { readConfig } = await import('../../src/config');
    const web = readConfig({ NODE_ENV: 'production' }).web;
    expect(web).toEqual({ introspection: false, ide: false, corsOrigins: [] });
  });
});
