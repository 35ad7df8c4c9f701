/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM, not Node.
import { Page } from 'playwright-core';
import { TestGraph } from './test-graph';

/** What the map counts, as the stats API's `counts(groupBy: [COUNTRY])` counts it (cypher/stats.cypher), per measure. */
const MEASURE_PATTERNS = {
  EVENTS: '(item:Event)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country)',
  PUBLICATIONS: '(item:Publication)-[:ANALYSES]->(c:Country)',
  COMPETENCE_STANDARDS: '(item:CompetenceStandard)-[:APPLIES_IN]->(c:Country)',
} as const;

/** A measure the map can shade by (enum StatsMeasure). */
export type MapMeasure = keyof typeof MEASURE_PATTERNS;

/**
 * Distinct items per country code for `measure` in `from`…`to` (null: every item, undated too), straight from Neo4j:
 * the rule the ranking's stats query uses, written out here independently of the API.
 */
export async function countsInNeo4j(
  graph: TestGraph,
  measure: MapMeasure,
  from: number | null,
  to: number | null,
): Promise<Record<string, number>> {
  const rows = await graph.cypher(
    `MATCH ${MEASURE_PATTERNS[measure]} WHERE ($from IS NULL OR item.year >= $from) AND ($to IS NULL OR item.year <= $to)
     RETURN c.code AS code, count(DISTINCT item) AS count`,
    { from, to },
  );
  return Object.fromEntries(rows.map((row) => [row.code as string, row.count as number]));
}

/** One country as the map draws it: its value (0 for none: the map gives those no value) and its shape's fill. */
export interface MapItem {
  code: string;
  value: number;
  fill: string;
}

/**
 * What the map draws, read from ECharts (its series' data and each item's visual), its title and legend range, and the
 * countries with a count that lie outside its view (`data-outside`).
 */
export function mapState(page: Page): Promise<{
  title: string;
  items: MapItem[];
  outside: string[];
  legend: { min: number; max: number; colours: string[] };
}> {
  return page.evaluate(() => {
    const chart = (window as any).echarts.getInstanceByDom(document.getElementById('chart-map'));
    const option = chart.getOption();
    const data = chart.getModel().getSeriesByIndex(0).getData();
    const items: Array<{ code: string; value: number; fill: string }> = [];
    // An item without a value gets no colour from the visualMap: its shape keeps the series' own areaColor.
    const plain = option.series[0].itemStyle.areaColor;
    data.each((index: number) =>
      items.push({
        code: data.getName(index),
        value: data.get('value', index) || 0,
        fill: data.getItemVisual(index, 'style').fill ?? plain,
      }),
    );
    const visualMap = option.visualMap[0];
    const outside = (document.getElementById('chart-map')!.dataset.outside ?? '').split(' ').filter(Boolean);
    return {
      title: option.title[0].text,
      items,
      outside,
      legend: { min: visualMap.min, max: visualMap.max, colours: visualMap.inRange.color },
    };
  });
}

/** Clicks the shape of the country `code` on the map (at its largest polygon's centre), as a person would. */
export async function clickMapCountry(page: Page, code: string): Promise<void> {
  await page.locator('#chart-map').scrollIntoViewIfNeeded();
  const point = await page.evaluate((name) => {
    const element = document.getElementById('chart-map')!;
    const chart = (window as any).echarts.getInstanceByDom(element);
    const geo = chart.getModel().getSeriesByIndex(0).coordinateSystem;
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, geo.getRegion(name).getCenter());
    const box = element.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, code);
  await page.mouse.click(point.x, point.y);
}

/** Moves the dashboard's year slider to `from`…`to` with the keyboard, from wherever its handles are. */
export async function setYearRange(page: Page, from: number, to: number): Promise<void> {
  const move = async (selector: string, target: number) => {
    const now = await page.$eval(selector, (input) => Number((input as HTMLInputElement).value));
    await page.focus(selector);
    for (let i = 0; i < Math.abs(target - now); i++)
      await page.keyboard.press(target > now ? 'ArrowRight' : 'ArrowLeft');
  };
  // Widen first, so the handles never have to cross each other.
  if (from < Number(await page.$eval('#year-from', (input) => (input as HTMLInputElement).value)))
    await move('#year-from', from);
  await move('#year-to', to);
  await move('#year-from', from);
}
