/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM, not Node.
import { chartState, clickNetworkNode, networkNodeIds, openDashboard } from '../support/dashboard-page';
import { openBrowser, TestBrowser } from '../support/browser';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/** The seed peer learning activity, where the network starts. */
const SEED_EVENT = 'event:pla-trainers-2013-louvain-la-neuve';

describe('/dashboard in headless Chromium: year range, network expansion, search (issue 5, section 2)', () => {
  const fixture = useTestApi(loadBundledData);
  let browser: TestBrowser;
  const neighbours = async (id: string) =>
    (await fixture.graph.cypher('MATCH (:Entity {id: $id})--(m:Entity) RETURN DISTINCT m.id AS id', { id })).map(
      (row) => row.id as string,
    );

  beforeAll(async () => {
    browser = await openBrowser();
    await openDashboard(browser.page, fixture.api.url);
  });
  afterAll(async () => browser?.close());

  it('moving the year-range slider to 2015–2017 ranks countries by what Neo4j holds for those years', async () => {
    const page = browser.page;
    const [min, max] = await page.$eval('#year-from', (input) => [
      Number((input as HTMLInputElement).min),
      Number((input as HTMLInputElement).max),
    ]);
    await page.focus('#year-from');
    for (let year = min; year < 2015; year++) await page.keyboard.press('ArrowRight');
    await page.focus('#year-to');
    for (let year = max; year > 2017; year--) await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('#chart-ranking[data-range="2015-2017"][data-rendered="true"]');
    await browser.screenshot('dashboard-ranking-2015-2017');

    const range = { from: 2015, to: 2017 };
    const counts = await fixture.graph.cypher(
      `
      CALL () { MATCH (e:Event)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country) WHERE $from <= e.year <= $to RETURN c, 'Events' AS measure, count(DISTINCT e) AS count
        UNION MATCH (p:Publication)-[:ANALYSES]->(c:Country) WHERE $from <= p.year <= $to RETURN c, 'Publications' AS measure, count(DISTINCT p) AS count
        UNION MATCH (s:CompetenceStandard)-[:APPLIES_IN]->(c:Country) WHERE $from <= s.year <= $to RETURN c, 'Competence standards' AS measure, count(DISTINCT s) AS count }
      RETURN c.name AS name, measure, count`,
      range,
    );
    const byCountry = new Map<string, Record<string, number>>();
    for (const row of counts)
      byCountry.set(row.name as string, {
        ...byCountry.get(row.name as string),
        [row.measure as string]: row.count as number,
      });
    const total = (name: string) => Object.values(byCountry.get(name)!).reduce((a, b) => a + b, 0);
    const expected = [...byCountry.keys()].sort((a, b) => total(b) - total(a) || a.localeCompare(b)).slice(0, 20);

    const chart = await chartState(page, 'chart-ranking');
    expect(chart.title).toBe('Countries by activity, 2015–2017');
    expect(chart.yAxis.data).toEqual(expected);
    for (const series of chart.series)
      expect(series.data).toEqual(expected.map((name) => byCountry.get(name)![series.name] ?? 0));
  });

  it('shows the seed event’s neighbourhood, and clicking a node adds that node’s neighbours', async () => {
    const page = browser.page;
    const around = await neighbours(SEED_EVENT);
    expect(await networkNodeIds(page)).toEqual([SEED_EVENT, ...around].sort());
    // The neighbour that brings the most new entities while its whole neighbourhood fits one expansion (29 + itself).
    const candidates = await Promise.all(around.map(async (id) => ({ id, next: await neighbours(id) })));
    const target = candidates
      .filter((c) => c.next.length <= 29)
      .sort((a, b) => b.next.length - a.next.length || a.id.localeCompare(b.id))[0];
    const before = new Set([SEED_EVENT, ...around]);
    expect(target.next.some((id) => !before.has(id))).toBe(true);

    await clickNetworkNode(page, target.id);
    await page.waitForFunction((count) => (window as any).dashboard.network.cy.nodes().length > count, before.size);
    await page.waitForSelector('#network[data-state="ready"]');
    expect(await networkNodeIds(page)).toEqual([...new Set([...before, ...target.next])].sort());
    expect(
      await page.evaluate(
        (id) => (window as any).dashboard.network.cy.getElementById(id).hasClass('expanded'),
        target.id,
      ),
    ).toBe(true);
    const name = (await fixture.graph.cypher('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: target.id }))[0]
      .name;
    expect(await page.textContent('#network-details h3')).toBe(name);
    await browser.screenshot('dashboard-network-expanded', '#network-card');
  });

  it('searching “Riga” lists every entity so named, and picking one redraws the network around it', async () => {
    const page = browser.page;
    const named = (
      await fixture.graph.cypher("MATCH (n:Entity) WHERE toLower(n.name) CONTAINS 'riga' RETURN n.id AS id")
    ).map((row) => row.id as string);
    expect(named.length).toBeGreaterThan(1);
    await page.fill('#search-input', 'Riga');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => /best matches/.test(document.getElementById('search-status')!.textContent ?? ''));
    const hits = await page.$$eval('#search-results button.hit', (buttons) =>
      buttons.map((b) => (b as HTMLElement).dataset.id),
    );
    expect(hits).toEqual(expect.arrayContaining(named));
    await browser.screenshot('dashboard-search', '#search-card');

    const place = named.find((id) => id.startsWith('place:'))!;
    await page.click(`#search-results button.hit[data-id="${place}"]`);
    await page.waitForFunction((id) => (window as any).dashboard.network.cy.$(':selected').id() === id, place);
    expect(await networkNodeIds(page)).toEqual([place, ...(await neighbours(place))].sort());
  });

  it('stays quiet: no console errors, nothing fetched from outside our server', () => {
    expect(browser.problems).toEqual([]);
    expect(browser.requests.filter((url) => !url.startsWith(fixture.api.url))).toEqual([]);
  });
});
