/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM, not Node.
import { chartState, openDashboard } from '../support/dashboard-page';
import { openBrowser, TestBrowser } from '../support/browser';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';
import { authHeader } from '../support/tokens';

/*
 * On a deployment where reads need a token (READS_REQUIRE_AUTH), the dashboard reads with the token a person pasted
 * into the IDE's Headers tab (GraphiQL keeps it in this browser's localStorage), and without one it says where to
 * paste it instead of drawing empty charts.
 */
describe('/dashboard when reads need a token', () => {
  const fixture = useTestApi(loadBundledData, { READS_REQUIRE_AUTH: 'true' });
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it('without a token, each chart says the API wants one and where to paste it', async () => {
    await browser.page.goto(`${fixture.api.url}/dashboard`);
    await browser.page.waitForFunction(() =>
      (document.getElementById('key-figures')?.textContent ?? '').includes('Could not load'),
    );
    const text = await browser.page.textContent('#key-figures');
    expect(text).toContain('Paste a token into the IDE');
  });

  it('with the reader token pasted into the IDE, the charts draw the bundled data', async () => {
    const { authorization } = await authHeader('reader', 'dashboard-reader');
    // The IDE's Headers tab, as GraphiQL stores it.
    await browser.page.evaluate(
      (value) => localStorage.setItem('graphiql:headers', JSON.stringify({ Authorization: value }, null, 2)),
      authorization,
    );
    await openDashboard(browser.page, fixture.api.url);
    const rows = await fixture.graph.cypher(
      'MATCH (e:Event) WHERE e.year IS NOT NULL RETURN count(DISTINCT e.year) AS years',
    );
    const chart = await chartState(browser.page, 'chart-events');
    const totals = chart.xAxis.data!.map((_, i) => chart.series.reduce((sum, s) => sum + s.data[i], 0));
    expect(totals.filter((total) => total > 0)).toHaveLength(Number(rows[0].years));
    await browser.screenshot('dashboard-with-ide-token');
  });
});
