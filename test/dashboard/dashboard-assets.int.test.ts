import { useTestApi } from '../support/test-api';

describe('/dashboard serves its page and libraries from this server, and nothing else (issue 5, section 2)', () => {
  const fixture = useTestApi(async () => undefined);
  const get = (path: string) => fetch(`${fixture.api.url}${path}`);

  it('serves the page, its scripts and ECharts / Cytoscape.js from node_modules', async () => {
    const page = await get('/dashboard');
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/dashboard\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets).toEqual(
      expect.arrayContaining([
        '/dashboard/vendor/echarts.js',
        '/dashboard/vendor/cytoscape.js',
        '/dashboard/js/main.js',
      ]),
    );
    for (const asset of assets) expect([asset, (await get(asset)).status]).toEqual([asset, 200]);
    // Nothing is loaded from elsewhere; the only external URLs are the GeoNames credit's links, which load nothing.
    expect(html.replace(/<a href="https:\/\/[^"]+" rel="noopener">/g, '<a>')).not.toMatch(/https?:\/\//);
  });

  it('credits GeoNames (CC BY 4.0) for the place data, with links (issue 17, item 6)', async () => {
    const html = await (await get('/dashboard')).text();
    expect(html).toContain(
      'Place data: <a href="https://www.geonames.org/" rel="noopener">GeoNames</a>, <a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener">CC BY 4.0</a>.',
    );
  });

  it('answers 404 for paths outside its folder', async () => {
    for (const path of [
      '/dashboard/js/..%2F..%2Fdashboard.router.ts',
      '/dashboard/..%2F..%2F..%2Fpackage.json',
      '/dashboard/index.html',
      '/dashboard/js/.hidden.js',
    ]) {
      expect([path, (await get(path)).status]).toEqual([path, 404]);
    }
  });
});

describe('/favicon.ico (issue 17, item 6)', () => {
  const fixture = useTestApi(async () => undefined);

  it('answers the dashboard icon as SVG instead of 404', async () => {
    const response = await fetch(`${fixture.api.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});
