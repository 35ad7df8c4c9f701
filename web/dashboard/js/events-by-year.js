// Chart 1: events per year, stacked by kind, over every year from the first to the last (empty years show as gaps).
import { runQuery } from './graphql.js';
import { axisOption, drawChart, legendOption, linkQuery, stackedTooltip, titleOption } from './chart-card.js';
import { columnName } from './csv-download.js';
import { EVENT_KINDS } from './palette.js';
import { eventsPerYearQuery } from './queries.js';

/**
 * Loads the counts and draws them. Resolves to the table drawn (the CSV download's): `{ name, columns, rows }`, one
 * row per year on the axis (`year`, one column per kind in the legend's order, `total`), and `total`, the number of
 * dated events drawn.
 */
export async function renderEventsByYear(chart, link) {
  const query = eventsPerYearQuery();
  linkQuery(link, query);
  chart.showLoading();
  const { stats } = await runQuery(query);
  chart.hideLoading();
  const years = stats.years.map((point) => point.year);
  const dated = stats.byYearAndKind.filter((bucket) => bucket.year !== null);
  const undated = stats.byYearAndKind
    .filter((bucket) => bucket.year === null)
    .reduce((sum, bucket) => sum + bucket.count, 0);
  const kinds = EVENT_KINDS.filter((kind) => dated.some((bucket) => bucket.kind === kind.key));
  const series = kinds.map((kind) => ({
    name: kind.label,
    type: 'bar',
    stack: 'events',
    barMaxWidth: 28,
    itemStyle: { color: kind.color },
    emphasis: { focus: 'series' },
    data: years.map((year) =>
      dated.filter((b) => b.year === year && b.kind === kind.key).reduce((sum, b) => sum + b.count, 0),
    ),
  }));
  const total = dated.reduce((sum, bucket) => sum + bucket.count, 0);
  const note = undated ? `; ${undated} without a date not shown` : '';
  drawChart(chart, {
    title: titleOption(
      'Events per year, by kind',
      `${total} dated events, ${years[0]}–${years[years.length - 1]}${note}`,
    ),
    legend: legendOption(kinds.map((kind) => kind.label)),
    tooltip: stackedTooltip('events'),
    grid: { left: 64, right: 24, top: 88, bottom: 56 },
    xAxis: axisOption(
      { type: 'category', data: years.map(String), axisTick: { alignWithLabel: true } },
      'Year of the event (start date)',
      32,
    ),
    yAxis: axisOption({ type: 'value', minInterval: 1 }, 'Events (count)', 40),
    series,
  });
  const columns = [['year', 'year'], ...kinds.map((kind, i) => [i, columnName(kind.label)]), ['total', 'total']];
  const rows = years.map((year, y) => {
    const row = { year, total: 0 };
    series.forEach((drawn, i) => {
      row[i] = drawn.data[y];
      row.total += drawn.data[y];
    });
    return row;
  });
  return { name: 'events-per-year-by-kind', columns, rows, total };
}
