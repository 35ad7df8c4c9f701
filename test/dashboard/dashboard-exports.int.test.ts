/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM, not Node.
import fs from 'node:fs';
import path from 'node:path';
import {
  chartState,
  downloadCsv,
  downloadFile,
  networkNodeIds,
  openDashboard,
  pngInfo,
} from '../support/dashboard-page';
import { clickMapCountry, countsInNeo4j, mapState } from '../support/dashboard-map';
import { openBrowser, SCREENSHOT_DIR, TestBrowser } from '../support/browser';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/** A legend label as the CSV's column heading (csv-download.js columnName), written out again here. */
const heading = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** One palette entry of public/js/palette.js, read in the browser (the labels the legends and CSV headings use). */
interface PaletteEntry {
  key: string | null;
  label: string;
}

describe('/dashboard downloads: every chart and list as CSV, the charts as PNG (issue 17, item 2)', () => {
  const fixture = useTestApi(loadBundledData);
  let browser: TestBrowser;
  /** `PALETTE_NAME` of palette.js, through the page's own module. */
  const palette = (name: string) =>
    browser.page.evaluate(`import('/dashboard/js/palette.js').then((p) => p.${name})`) as Promise<PaletteEntry[]>;
  /** The on-screen width and height of the element with this id (CSS pixels). */
  const box = (id: string) => browser.page.$eval(`#${id}`, (node) => [node.clientWidth, node.clientHeight]);

  beforeAll(async () => {
    browser = await openBrowser();
    await openDashboard(browser.page, fixture.api.url);
    await browser.page.waitForSelector('#chart-map[data-rendered="true"]');
  });
  afterAll(async () => browser?.close());

  it('every chart card has a CSV and a PNG button, every list a CSV button', async () => {
    await browser.screenshot('dashboard-exports-buttons');
    const ids = await browser.page.$$eval('button.download', (buttons) => buttons.map((button) => button.id));
    expect(ids).toEqual(
      expect.arrayContaining([
        'figures-csv',
        'search-csv',
        'events-csv',
        'events-png',
        'ranking-csv',
        'ranking-png',
        'standards-csv',
        'standards-png',
        'map-csv',
        'map-png',
        'network-nodes-csv',
        'network-edges-csv',
        'network-edges-png',
      ]),
    );
  });

  it('events per year: the CSV has one row per year drawn, a column per kind, and the counts Neo4j has', async () => {
    const { filename, header, rows } = await downloadCsv(browser.page, '#events-csv');
    expect(filename).toBe('events-per-year-by-kind.csv');
    const chart = await chartState(browser.page, 'chart-events');
    // Exactly what the chart draws: its years, its series (in the legend's order) and their values.
    expect(header).toEqual(['year', ...chart.series.map((series) => heading(series.name)), 'total']);
    expect(rows.map((row) => row[0])).toEqual(chart.xAxis.data);
    chart.series.forEach((series, i) => expect(rows.map((row) => Number(row[1 + i]))).toEqual(series.data));
    // And what Neo4j holds: per year and kind, every dated event once; years without events are rows of zeros.
    const kinds = await palette('EVENT_KINDS');
    const counts = await fixture.graph.cypher(
      'MATCH (e:Event) WHERE e.year IS NOT NULL RETURN e.year AS year, e.kind AS kind, count(*) AS count',
    );
    const expected = new Map(
      counts.map((row) => [
        `${row.year}|${heading(kinds.find((kind) => kind.key === row.kind)!.label)}`,
        row.count as number,
      ]),
    );
    const years = counts.map((row) => row.year as number);
    expect(rows.map((row) => Number(row[0]))).toEqual(
      Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i),
    );
    for (const row of rows) {
      header
        .slice(1, -1)
        .forEach((kind, i) =>
          expect([row[0], kind, Number(row[1 + i])]).toEqual([row[0], kind, expected.get(`${row[0]}|${kind}`) ?? 0]),
        );
      expect(Number(row[row.length - 1])).toBe(row.slice(1, -1).reduce((sum, cell) => sum + Number(cell), 0));
    }
    expect(rows.reduce((sum, row) => sum + Number(row[row.length - 1]), 0)).toBe(
      counts.reduce((sum, row) => sum + (row.count as number), 0),
    );
  });

  it('standards by country and level: the CSV has the bars in the chart’s order with the APPLIES_IN counts of Neo4j', async () => {
    const { filename, header, rows } = await downloadCsv(browser.page, '#standards-csv');
    expect(filename).toBe('competence-standards-by-country-and-level.csv');
    const chart = await chartState(browser.page, 'chart-standards');
    expect(header).toEqual([
      'country_code',
      'country',
      ...chart.series.map((series) => heading(series.name)),
      'total',
      'since_year',
    ]);
    expect(rows.map((row) => row[0])).toEqual(chart.xAxis.data);
    chart.series.forEach((series, i) => expect(rows.map((row) => Number(row[2 + i]))).toEqual(series.data));

    const levels = await palette('STANDARD_LEVELS');
    const counts = await fixture.graph.cypher(
      `MATCH (s:CompetenceStandard)-[:APPLIES_IN]->(c:Country)
       RETURN c.code AS code, c.name AS name, s.level AS level, count(DISTINCT s) AS count, min(s.year) AS since`,
    );
    const perCountry = new Map<
      string,
      { name: string; total: number; since: number | null; levels: Record<string, number> }
    >();
    for (const row of counts) {
      const entry = perCountry.get(row.code as string) ?? {
        name: row.name as string,
        total: 0,
        since: null,
        levels: {},
      };
      entry.levels[heading(levels.find((level) => level.key === row.level)!.label)] = row.count as number;
      entry.total += row.count as number;
      if (row.since !== null && (entry.since === null || (row.since as number) < entry.since))
        entry.since = row.since as number;
      perCountry.set(row.code as string, entry);
    }
    expect(rows.map((row) => row[0]).sort()).toEqual([...perCountry.keys()].sort());
    const levelColumns = header.slice(2, -2);
    for (const row of rows) {
      const expected = perCountry.get(row[0])!;
      expect(row).toEqual([
        row[0],
        expected.name,
        ...levelColumns.map((level) => String(expected.levels[level] ?? 0)),
        String(expected.total),
        expected.since === null ? '' : String(expected.since),
      ]);
    }
    // Most standards first, as the bars stand.
    const totals = rows.map((row) => Number(row[row.length - 2]));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('the charts’ PNG downloads are PNG files of the chart at twice its on-screen size', async () => {
    for (const [id, button, name] of [
      ['chart-events', '#events-png', 'events-per-year-by-kind.png'],
      ['chart-standards', '#standards-png', 'competence-standards-by-country-and-level.png'],
      ['chart-ranking', '#ranking-png', 'ranking-all-years.png'],
      ['chart-map', '#map-png', 'map-events-all-years.png'],
    ]) {
      const { filename, bytes } = await downloadFile(browser.page, button);
      expect(filename).toBe(name);
      fs.writeFileSync(path.join(SCREENSHOT_DIR, `dashboard-export-${filename}`), bytes); // to look at
      const [width, height] = await box(id);
      expect(pngInfo(bytes)).toEqual({ signature: true, width: 2 * width, height: 2 * height });
      // Bars, axes and text compress far worse than a blank canvas of that size (a few kB).
      expect(bytes.length).toBeGreaterThan(20000);
    }
  });

  it('the network: nodes and relationships as CSV (what is drawn, each relationship one Neo4j has) and a PNG', async () => {
    const page = browser.page;
    const nodes = await downloadCsv(page, '#network-nodes-csv');
    expect(nodes.filename).toBe('network-event-pla-trainers-2013-louvain-la-neuve-nodes.csv');
    expect(nodes.header).toEqual(['id', 'type', 'name', 'expanded']);
    expect(nodes.rows.map((row) => row[0]).sort()).toEqual(await networkNodeIds(page));
    const names = await fixture.graph.cypher('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name', {
      ids: nodes.rows.map((row) => row[0]),
    });
    expect(Object.fromEntries(nodes.rows.map((row) => [row[0], row[2]]))).toEqual(
      Object.fromEntries(names.map((row) => [row.id, row.name])),
    );
    expect(nodes.rows.filter((row) => row[3] === 'true').map((row) => row[0])).toEqual([
      'event:pla-trainers-2013-louvain-la-neuve',
    ]);

    const edges = await downloadCsv(page, '#network-edges-csv');
    expect(edges.header).toEqual(['from_id', 'from_name', 'relationship', 'to_id', 'to_name']);
    expect(edges.rows.length).toBe(await page.evaluate(() => (window as any).dashboard.network.cy.edges().length));
    const found = await fixture.graph.cypher(
      `UNWIND $rows AS row MATCH (:Entity {id: row[0]})-[r]->(:Entity {id: row[3]}) WHERE type(r) = row[2] RETURN count(DISTINCT [row[0], row[2], row[3]]) AS found`,
      { rows: edges.rows },
    );
    expect(found[0].found).toBe(edges.rows.length);

    const picture = await downloadFile(page, '#network-edges-png');
    expect(picture.filename).toBe('network-event-pla-trainers-2013-louvain-la-neuve-picture.png');
    fs.writeFileSync(path.join(SCREENSHOT_DIR, `dashboard-export-${picture.filename}`), picture.bytes);
    const info = pngInfo(picture.bytes);
    expect(info.signature).toBe(true);
    expect(info.width * info.height).toBeGreaterThan(200 * 200);
    expect(picture.bytes.length).toBeGreaterThan(20000);
  });

  it('search results: the CSV lists the hits shown, in their order, as the API ranks them', async () => {
    const page = browser.page;
    await page.fill('#search-input', 'trainers');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() =>
      document.getElementById('search-status')!.textContent!.includes('best matches for “trainers”'),
    );
    await browser.screenshot('dashboard-exports-search', '#search-card');
    const { filename, header, rows } = await downloadCsv(page, '#search-csv');
    expect(filename).toBe('search-trainers.csv');
    expect(header).toEqual(['rank', 'id', 'type', 'name', 'score']);
    const shown = await page.$$eval('#search-results .hit', (hits) =>
      hits.map((hit) => [(hit as HTMLElement).dataset.id, hit.querySelector('.hit__name')!.textContent]),
    );
    expect(rows.map((row) => [row[1], row[3]])).toEqual(shown);
    expect(rows.map((row) => row[0])).toEqual(shown.map((_, i) => String(i + 1)));
    // The query the list came from (the card's IDE link), asked of the API again: the same hits and scores.
    const query = await page.$eval('#link-search', (link) => (link as HTMLElement).dataset.query!);
    const { data } = await fixture.api.query(query);
    expect(rows.map((row) => [row[1], row[3], Number(row[4])])).toEqual(
      data!.search.map((hit: any) => [hit.node.id, hit.node.name, hit.score]),
    );
  });

  it('a country profile’s tables and lists download as CSV, each with the rows shown', async () => {
    const page = browser.page;
    const events = await countsInNeo4j(fixture.graph, 'EVENTS', null, null);
    const { outside } = await mapState(page);
    const code = Object.entries(events)
      .filter(([c]) => !outside.includes(c))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    await clickMapCountry(page, code);
    await page.waitForSelector(`#country-profile[data-country="${code}"]`);
    await browser.screenshot(`dashboard-exports-profile-${code}`, '#map-card');
    const table = await page.$$eval('#country-profile table[data-section="events"] tr', (trs) =>
      trs.slice(1).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)),
    );
    const csv = await downloadCsv(page, '#profile-events-csv');
    expect(csv.filename).toBe(`${code.toLowerCase()}-all-years-events.csv`);
    expect(csv.header).toEqual(['year', 'events']);
    expect(csv.rows).toEqual(table);
    const total = csv.rows.reduce((sum, row) => sum + Number(row[1]), 0);
    expect(total).toBe(events[code]);

    const organisations = await downloadCsv(page, '#profile-organisations-csv');
    expect(organisations.header).toEqual(['id', 'name']);
    const listed = await page.$$eval('#country-profile [data-section="organisations"] li:not(.muted)', (items) =>
      items.map((item) => item.textContent),
    );
    expect(organisations.rows.map((row) => row[1])).toEqual(listed);
  });

  it('the key figures download as CSV with the totals shown', async () => {
    const { filename, header, rows } = await downloadCsv(browser.page, '#figures-csv');
    expect(filename).toBe('key-figures.csv');
    expect(header).toEqual(['field', 'figure', 'count']);
    const events = await fixture.graph.cypher('MATCH (e:Event) RETURN count(e) AS count');
    expect(rows.find((row) => row[0] === 'events')![2]).toBe(String(events[0].count));
    const shown = await browser.page.$$eval('#key-figures .figure', (figures) =>
      figures.map((figure) => [
        (figure as HTMLElement).dataset.field,
        figure.querySelector('dd')!.textContent!.replaceAll(',', ''),
      ]),
    );
    expect(rows.map((row) => [row[0], row[2]])).toEqual(shown);
  });

  it('CSV cells a spreadsheet would run as formulas get a leading apostrophe; numbers stay numbers', async () => {
    const text = await browser.page.evaluate(`import('/dashboard/js/csv-download.js').then((csv) =>
      csv.toCsv([['a', 'A']], [{ a: '=HYPERLINK("x")' }, { a: '+1' }, { a: '-1' }, { a: '@SUM(A1)' }, { a: -3 }, { a: 'a=b' }]))`);
    expect(text).toBe('A\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-1\r\n\'@SUM(A1)\r\n-3\r\na=b\r\n');
  });

  it('loads nothing from outside our server and logs no errors', () => {
    expect(browser.requests.filter((url) => !url.startsWith(fixture.api.url))).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
