/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM, not Node.
import fs from 'node:fs';
import { Page } from 'playwright-core';
import { chartState, openDashboard } from '../support/dashboard-page';
import { clickMapCountry, countsInNeo4j, MapItem, mapState, setYearRange } from '../support/dashboard-map';
import { openBrowser, TestBrowser } from '../support/browser';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/** The map's colour for a country with nothing counted (country-map.js EMPTY_COLOUR). */
const EMPTY = '#e9edf1';

/** Relative luminance of a colour ECharts reports (`#rrggbb` or `rgba(r,g,b,a)`), 0 (black) … 1 (white). */
function luminance(colour: string): number {
  const parts = colour.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
    : colour
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number);
  return (0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]) / 255;
}

/**
 * The value per country (zeros left out) the map draws, checking that the shades order the countries as their counts
 * do; countries outside the view count with the value Neo4j has (`expected`), as the subtitle names them.
 */
function drawnCounts(
  { items, outside }: { items: MapItem[]; outside: string[] },
  expected: Record<string, number>,
): Record<string, number> {
  const counted = items.filter((item) => item.value > 0).sort((a, b) => a.value - b.value);
  for (const item of items.filter((item) => item.value === 0))
    expect([item.code, item.fill.toLowerCase()]).toEqual([item.code, EMPTY]);
  for (let i = 1; i < counted.length; i++) {
    const [less, more] = [counted[i - 1], counted[i]];
    if (less.value === more.value) expect([more.code, more.fill]).toEqual([more.code, less.fill]);
    else expect(luminance(more.fill)).toBeLessThan(luminance(less.fill));
  }
  return Object.fromEntries([
    ...counted.map((item) => [item.code, item.value]),
    ...outside.map((code) => [code, expected[code]]),
  ]);
}

/** Clicks the button `selector` and reads the CSV file the page saves: its name, header and rows (fields unquoted). */
async function downloadCsv(
  page: Page,
  selector: string,
): Promise<{ filename: string; header: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const [header, ...lines] = fs
    .readFileSync((await download.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  const field = (cell: string) =>
    cell
      .replace(/,$/, '')
      .replace(/^"(.*)"$/s, '$1')
      .replaceAll('""', '"');
  const rows = lines.map((line) =>
    line
      .match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!
      .slice(0, -1)
      .map(field),
  );
  return { filename: download.suggestedFilename(), header, rows };
}

describe('/dashboard map of Europe in headless Chromium (issue 17, item 1)', () => {
  const fixture = useTestApi(loadBundledData);
  let browser: TestBrowser;
  const mapDrawn = (range: string, measure: string) =>
    browser.page.waitForSelector(`#chart-map[data-range="${range}"][data-measure="${measure}"][data-rendered="true"]`);

  beforeAll(async () => {
    browser = await openBrowser();
    await openDashboard(browser.page, fixture.api.url);
    await mapDrawn('all', 'EVENTS');
  });
  afterAll(async () => browser?.close());

  it('all years: each country shaded by its events, as many as Neo4j counts, more events a darker shade', async () => {
    await browser.screenshot('dashboard-map-events-all-years', '#map-card');
    const map = await mapState(browser.page);
    const expected = await countsInNeo4j(fixture.graph, 'EVENTS', null, null);
    expect(map.title).toBe('Events by country, all years');
    expect(drawnCounts(map, expected)).toEqual(expected);
    // Most of what the graph holds happens in Europe: the map shows it, and a handful of countries lie beyond it.
    expect(map.items.filter((item) => item.value > 0).length).toBeGreaterThan(map.outside.length);
    expect(map.legend).toMatchObject({ min: 0, max: Math.max(...Object.values(expected)) });
  });

  it('2015–2017 on the slider: the map follows, for events and then for competence standards', async () => {
    const page = browser.page;
    await setYearRange(page, 2015, 2017);
    await mapDrawn('2015-2017', 'EVENTS');
    await browser.screenshot('dashboard-map-events-2015-2017', '#map-card');
    const events = await countsInNeo4j(fixture.graph, 'EVENTS', 2015, 2017);
    expect(Object.keys(events).length).toBeGreaterThan(0);
    expect(drawnCounts(await mapState(page), events)).toEqual(events);
    // A different range shades differently: the test would not notice a map stuck on all years otherwise.
    expect(events).not.toEqual(await countsInNeo4j(fixture.graph, 'EVENTS', null, null));

    await page.selectOption('#map-measure', 'COMPETENCE_STANDARDS');
    await mapDrawn('2015-2017', 'COMPETENCE_STANDARDS');
    await browser.screenshot('dashboard-map-standards-2015-2017', '#map-card');
    const map = await mapState(page);
    expect(map.title).toBe('Competence standards by country, 2015–2017');
    const standards = await countsInNeo4j(fixture.graph, 'COMPETENCE_STANDARDS', 2015, 2017);
    expect(drawnCounts(map, standards)).toEqual(standards);
  });

  it('the tooltip gives a country’s exact counts for the range', async () => {
    const page = browser.page;
    await page.selectOption('#map-measure', 'EVENTS');
    await mapDrawn('2015-2017', 'EVENTS');
    const events = await countsInNeo4j(fixture.graph, 'EVENTS', 2015, 2017);
    const [code] = Object.entries(events).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const publications = (await countsInNeo4j(fixture.graph, 'PUBLICATIONS', 2015, 2017))[code] ?? 0;
    const tip = await page.evaluate(async (name) => {
      const element = document.getElementById('chart-map')!;
      (window as any).echarts.getInstanceByDom(element).dispatchAction({ type: 'showTip', seriesIndex: 0, name });
      await new Promise((resolve) => setTimeout(resolve, 300));
      return element.innerText;
    }, code);
    expect(tip).toContain(`(${code}), 2015–2017`);
    expect(tip).toContain(`Events: ${events[code]}`);
    expect(tip).toContain(`Publications: ${publications}`);
  });

  it('a click on a country opens its profile: events by year, standards by level, organisations, working groups', async () => {
    const page = browser.page;
    const events = await countsInNeo4j(fixture.graph, 'EVENTS', 2015, 2017);
    const { outside } = await mapState(page);
    const [code] = Object.entries(events)
      .filter(([c]) => !outside.includes(c))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    await clickMapCountry(page, code);
    await page.waitForSelector(`#country-profile[data-country="${code}"]`);
    await browser.screenshot(`dashboard-map-profile-${code}`, '#map-card');
    const tables = await page.$$eval('#country-profile table', (nodes) =>
      Object.fromEntries(
        nodes.map((node) => [
          (node as HTMLElement).dataset.section,
          Array.from(node.querySelectorAll('tr'))
            .slice(1)
            .map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)),
        ]),
      ),
    );
    const byYear = await fixture.graph.cypher(
      `MATCH (item:Event)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country {code: $code}) WHERE 2015 <= item.year <= 2017
       RETURN item.year AS year, count(DISTINCT item) AS count ORDER BY year`,
      { code },
    );
    expect(tables.events).toEqual(byYear.map((row) => [String(row.year), String(row.count)]));
    const levels = await fixture.graph.cypher(
      `MATCH (item:CompetenceStandard)-[:APPLIES_IN]->(c:Country {code: $code}) WHERE 2015 <= item.year <= 2017
       RETURN item.level AS level, count(DISTINCT item) AS count ORDER BY level`,
      { code },
    );
    const label = (level: unknown) =>
      typeof level === 'string' ? level[0] + level.slice(1).toLowerCase() : 'Level not recorded';
    const standards = levels.map((row) => [label(row.level), String(row.count)]);
    expect(tables.standards).toEqual(standards.length ? standards : [['none']]);
    // Who was seated there and which working groups it belonged to in 2017, the range's last year, as the API says.
    const { data } = await fixture.api.query(
      `{ country(id: "country:${code}") { organisations(asOf: 2017) { totalCount } workingGroups(asOf: 2017) { totalCount } } }`,
    );
    const totals = await page.$$eval('#country-profile .profile__list', (nodes) =>
      nodes.map((node) => Number((node as HTMLElement).dataset.total)),
    );
    expect(totals).toEqual([data!.country.organisations.totalCount, data!.country.workingGroups.totalCount]);
    expect(await page.textContent('#country-profile h3')).toContain(`(${code})`);
  });

  it('"CSV" saves the map’s rows: one per country, the three counts Neo4j has for the range', async () => {
    const page = browser.page;
    const { filename, header, rows } = await downloadCsv(page, '#map-csv');
    expect(filename).toBe('countries-2015-2017.csv');
    expect(header).toBe('country_code,country,events,publications,competence_standards');
    const measures = ['EVENTS', 'PUBLICATIONS', 'COMPETENCE_STANDARDS'] as const;
    const expected = await Promise.all(measures.map((measure) => countsInNeo4j(fixture.graph, measure, 2015, 2017)));
    const codes = [...new Set(expected.flatMap((counts) => Object.keys(counts)))].sort();
    expect(rows.map((row) => row[0]).sort()).toEqual(codes);
    for (const row of rows) expect(row.slice(2, 5).map(Number)).toEqual(expected.map((counts) => counts[row[0]] ?? 0));
    // The same rows the chart draws: every shape's value is its row's events count (the measure shown), 0 without a row.
    const drawn = (await mapState(page)).items;
    for (const item of drawn)
      expect([item.code, item.value]).toEqual([item.code, Number(rows.find((row) => row[0] === item.code)?.[2] ?? 0)]);
  });

  it('"CSV" on the ranking saves its bars: the countries in the chart’s order with their counts', async () => {
    const { filename, header, rows } = await downloadCsv(browser.page, '#ranking-csv');
    expect(filename).toBe('ranking-2015-2017.csv');
    expect(header).toBe('country_code,country,events,publications,competence_standards,total');
    const chart = await chartState(browser.page, 'chart-ranking');
    expect(rows.map((row) => row[1])).toEqual(chart.yAxis.data);
    expect(chart.series.map((series) => series.name)).toEqual(['Events', 'Publications', 'Competence standards']);
    chart.series.forEach((series, i) => expect(rows.map((row) => Number(row[2 + i]))).toEqual(series.data));
    for (const row of rows) expect(Number(row[5])).toBe(Number(row[2]) + Number(row[3]) + Number(row[4]));
  });

  it('quotes CSV fields with a comma, quote or line break (RFC 4180), as spreadsheets expect', async () => {
    // A string, not a function: TypeScript would compile import() to require(), which the browser lacks.
    const text = await browser.page.evaluate(`import('/dashboard/js/csv-download.js').then((csv) =>
      csv.toCsv([['a', 'A'], ['b', 'B, b']], [{ a: 'x, "y"', b: 'two\\nlines' }, { a: null, b: 3 }]))`);
    expect(text).toBe('A,"B, b"\r\n"x, ""y""","two\nlines"\r\n,3\r\n');
  });

  it('loads nothing from outside our server and logs no errors', () => {
    expect(browser.requests.filter((url) => !url.startsWith(fixture.api.url))).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
