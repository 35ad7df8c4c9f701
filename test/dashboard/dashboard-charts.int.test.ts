/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM, not Node.
import { chartState, openDashboard } from '../support/dashboard-page';
import { openBrowser, TestBrowser } from '../support/browser';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

describe('/dashboard charts in headless Chromium show the bundled data (issue 5, section 2)', () => {
  const fixture = useTestApi(loadBundledData);
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await openBrowser();
    await openDashboard(browser.page, fixture.api.url);
    await browser.screenshot('dashboard-overview');
  });
  afterAll(async () => browser?.close());

  it('events per year: one bar per year with events, stacked by kind, totals as in Neo4j', async () => {
    const rows = await fixture.graph.cypher(
      'MATCH (e:Event) WHERE e.year IS NOT NULL RETURN e.year AS year, count(*) AS count ORDER BY year',
    );
    const chart = await chartState(browser.page, 'chart-events');
    const totals = chart.xAxis.data!.map((_, i) => chart.series.reduce((sum, s) => sum + s.data[i], 0));
    const drawnYears = chart.xAxis.data!.filter((_, i) => totals[i] > 0).map(Number);
    expect(drawnYears).toEqual(rows.map((row) => row.year));
    expect(totals.filter((total) => total > 0)).toEqual(rows.map((row) => row.count));
    const kinds = await fixture.graph.cypher(
      'MATCH (e:Event) WHERE e.year IS NOT NULL RETURN count(DISTINCT coalesce(e.kind, "none")) AS kinds',
    );
    expect(chart.series).toHaveLength(Number(kinds[0].kinds));
    expect(chart.legend).toEqual(chart.series.map((s) => s.name));
  });

  it('trainers’ competence standards per country and level equal the APPLIES_IN counts in Neo4j', async () => {
    const rows = await fixture.graph.cypher(
      'MATCH (s:CompetenceStandard)-[:APPLIES_IN]->(c:Country) RETURN c.code AS code, count(DISTINCT s) AS count',
    );
    const chart = await chartState(browser.page, 'chart-standards');
    const drawn = Object.fromEntries(
      chart.xAxis.data!.map((code, i) => [code, chart.series.reduce((sum, s) => sum + s.data[i], 0)]),
    );
    expect(drawn).toEqual(Object.fromEntries(rows.map((row) => [row.code, row.count])));
    expect(chart.legend).toContain('National');
    // Hovering a country's bar says since when it has standards: France's earliest dated one is from 2021.
    const tip = await browser.page.evaluate(async (code) => {
      const element = document.getElementById('chart-standards')!;
      const instance = (window as any).echarts.getInstanceByDom(element);
      instance.dispatchAction({
        type: 'showTip',
        seriesIndex: 0,
        dataIndex: instance.getOption().xAxis[0].data.indexOf(code),
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      return element.innerText;
    }, 'FR');
    expect(tip).toContain('France, since 2021');
  });

  it('every chart has a title, named axes with units, a legend and a link to its query in the IDE', async () => {
    for (const id of ['chart-events', 'chart-ranking', 'chart-standards']) {
      const chart = await chartState(browser.page, id);
      expect(chart.title.length).toBeGreaterThan(10);
      expect(`${chart.xAxis.name} ${chart.yAxis.name}`).toMatch(/\(count\)/);
      expect(chart.xAxis.name && chart.yAxis.name).toBeTruthy();
      expect(chart.legend.length).toBeGreaterThan(0);
    }
    const links = await browser.page.$$eval('a.ide-link', (anchors) =>
      anchors.map((a) => (a as HTMLAnchorElement).href),
    );
    expect(links).toHaveLength(6);
    for (const link of links.slice(1)) {
      const url = new URL(link);
      expect(url.pathname).toBe('/graphql');
      // The query in the link is the one the chart ran: the API answers it without errors.
      const response = await fixture.api.query(url.searchParams.get('q')!);
      expect(response.errors).toBeUndefined();
    }
    const ide = await fetch(links[1], { headers: { accept: 'text/html' } });
    expect(await ide.text()).toContain('GraphiQL');
  });

  it('loads nothing from outside our server and logs no errors', () => {
    expect(browser.requests.filter((url) => !url.startsWith(fixture.api.url))).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
