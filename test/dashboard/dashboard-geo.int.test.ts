import { useTestApi } from '../support/test-api';

describe('/dashboard serves the map’s shapes and code key from this server (issue 17, item 1)', () => {
  const fixture = useTestApi(async () => undefined);
  const get = (path: string) => fetch(`${fixture.api.url}${path}`);

  it('serves world-atlas TopoJSON and topojson-client from node_modules, and the page loads them', async () => {
    const html = await (await get('/dashboard')).text();
    expect(html).toContain('<script src="/dashboard/vendor/topojson-client.js"></script>');
    const topology = await (await get('/dashboard/vendor/countries-50m.json')).json();
    expect(topology.type).toBe('Topology');
    expect(topology.objects.countries.geometries.length).toBeGreaterThan(200);
    const client = await get('/dashboard/vendor/topojson-client.js');
    expect([client.status, await client.text()]).toEqual([200, expect.stringContaining('topojson')]);
  });

  it('answers the key from world-atlas ids (and names) to alpha-2 codes as JSON', async () => {
    const response = await get('/dashboard/geo/country-codes.json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const codes = await response.json();
    expect(codes.byNumeric).toMatchObject({ '056': 'BE', '276': 'DE', '438': 'LI', '792': 'TR' });
    expect(codes.byName).toEqual({ Kosovo: 'XK' });
  });
});
