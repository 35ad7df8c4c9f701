/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM, not Node.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Page } from 'playwright-core';

/** The parts of an ECharts option the tests read (from `echarts.getInstanceByDom(el).getOption()`). */
export interface ChartState {
  title: string;
  subtitle: string;
  legend: string[];
  xAxis: { name: string; data?: string[] };
  yAxis: { name: string; data?: string[] };
  series: Array<{ name: string; data: number[] }>;
}

/** Opens /dashboard and waits until the three charts have drawn data (animations finished) and the network too. */
export async function openDashboard(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(`${baseUrl}/dashboard${query}`);
  await page.waitForFunction(() => {
    const drawn = (id: string) => document.getElementById(id)?.dataset.rendered === 'true';
    return (
      drawn('chart-events') &&
      drawn('chart-ranking') &&
      drawn('chart-standards') &&
      document.getElementById('network')?.dataset.state === 'ready'
    );
  });
}

/** The state of the chart in the element with this id, read from ECharts itself (what it draws). */
export function chartState(page: Page, elementId: string): Promise<ChartState> {
  return page.evaluate((id) => {
    const option = (window as any).echarts.getInstanceByDom(document.getElementById(id)).getOption();
    const axis = (a: any) => ({ name: a.name, data: a.data });
    return {
      title: option.title[0].text,
      subtitle: option.title[0].subtext,
      legend: option.legend[0].data,
      xAxis: axis(option.xAxis[0]),
      yAxis: axis(option.yAxis[0]),
      series: option.series.map((s: any) => ({ name: s.name, data: s.data })),
    };
  }, elementId);
}

/** Ids of the network's nodes, sorted. */
export function networkNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as any).dashboard.network.cy
      .nodes()
      .map((n: any) => n.id())
      .sort(),
  );
}

/** Clicks the network node with this id where it is drawn on the canvas, as a person would. */
export async function clickNetworkNode(page: Page, id: string): Promise<void> {
  await page.locator('#network').scrollIntoViewIfNeeded();
  // Cytoscape re-reads its container's position on the scroll event, which fires on the next frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const point = await page.evaluate((nodeId) => {
    const cy = (window as any).dashboard.network.cy;
    const position = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** A file the page saved: its suggested name and its bytes. */
export interface SavedFile {
  filename: string;
  bytes: Buffer;
}

/** Clicks the button `selector` (after scrolling to it) and returns the file the page saves. */
export async function downloadFile(page: Page, selector: string): Promise<SavedFile> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { filename: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
}

/**
 * Clicks the CSV button `selector` and parses the file the page saves with csv-parse (RFC 4180, strict: a malformed
 * file fails the test): its name, header and rows, and the text as saved.
 */
export async function downloadCsv(
  page: Page,
  selector: string,
): Promise<{ filename: string; header: string[]; rows: string[][]; text: string }> {
  const { filename, bytes } = await downloadFile(page, selector);
  const text = bytes.toString('utf8');
  const [header, ...rows] = parse(text, { relax_column_count: false }) as string[][];
  return { filename, header, rows, text };
}

/** What a saved PNG says of itself: whether it opens with PNG's signature, and its IHDR width and height. */
export function pngInfo(bytes: Buffer): { signature: boolean; width: number; height: number } {
  const signature = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // The first chunk must be IHDR (PNG spec 11.2.2): length (4), type (4), then width and height (4 each, big endian).
  const ihdr = bytes.subarray(12, 16).toString('latin1') === 'IHDR';
  return {
    signature: signature && ihdr,
    width: ihdr ? bytes.readUInt32BE(16) : 0,
    height: ihdr ? bytes.readUInt32BE(20) : 0,
  };
}
