// Chart 2: countries ranked by events, publications and trainers' competence standards, within a year range.
import { runQuery } from './graphql.js';
import { axisOption, drawChart, legendOption, linkQuery, stackedTooltip, titleOption } from './chart-card.js';
import { RANKING_MEASURES } from './palette.js';
import { countryRankingQuery } from './queries.js';

/** How many countries the ranking shows. */
export const RANKED_COUNTRIES = 20;

/** The columns of the ranking's CSV ([row key, heading]): one row per bar, in the chart's order. */
export const RANKING_CSV_COLUMNS = [
  ['code', 'country_code'],
  ['name', 'country'],
  ['events', 'events'],
  ['publications', 'publications'],
  ['standards', 'competence_standards'],
  ['total', 'total'],
];

/**
 * Loads the three counts per country for `yearFrom`…`yearTo` (null: all years) and draws the top countries by their
 * total, one stacked bar each. Sets `data-range` on the chart element when drawn (what the browser test waits for).
 */
export async function renderCountryRanking(chart, link, yearFrom, yearTo) {
  const query = countryRankingQuery(yearFrom, yearTo);
  linkQuery(link, query);
  chart.showLoading();
  const { stats } = await runQuery(query);
  chart.hideLoading();
  const countries = new Map();
  for (const measure of RANKING_MEASURES) {
    for (const bucket of stats[measure.alias]) {
      if (!bucket.countryCode) continue;
      const row = countries.get(bucket.countryCode) ?? {
        code: bucket.countryCode,
        name: bucket.countryName,
        events: 0,
        publications: 0,
        standards: 0,
        total: 0,
      };
      row[measure.alias] = bucket.count;
      row.total += bucket.count;
      countries.set(bucket.countryCode, row);
    }
  }
  const ranked = [...countries.values()]
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
    .slice(0, RANKED_COUNTRIES);
  const period = yearFrom === null ? 'all years' : `${yearFrom}–${yearTo}`;
  drawChart(chart, {
    title: titleOption(
      `Countries by activity, ${period}`,
      `Top ${ranked.length} of ${countries.size} countries with any event, publication or standard`,
    ),
    legend: legendOption(RANKING_MEASURES.map((measure) => measure.label)),
    tooltip: stackedTooltip('items'),
    grid: { left: 150, right: 32, top: 88, bottom: 56 },
    yAxis: axisOption(
      {
        type: 'category',
        inverse: true,
        data: ranked.map((row) => row.name),
        axisTick: { show: false },
        axisLabel: { fontSize: 12 },
      },
      'Country',
      136,
    ),
    xAxis: axisOption({ type: 'value', minInterval: 1 }, 'Items (count)', 32),
    series: RANKING_MEASURES.map((measure) => ({
      name: measure.label,
      type: 'bar',
      stack: 'total',
      barMaxWidth: 18,
      itemStyle: { color: measure.color },
      emphasis: { focus: 'series' },
      data: ranked.map((row) => row[measure.alias] ?? 0),
    })),
  });
  chart.getDom().dataset.range = yearFrom === null ? 'all' : `${yearFrom}-${yearTo}`;
  return ranked;
}
