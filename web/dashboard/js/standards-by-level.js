// Chart 3: trainers' competence standards per country, stacked by level (national, sectoral, company).
import { runQuery } from './graphql.js';
import { axisOption, drawChart, legendOption, linkQuery, stackedTooltip, titleOption } from './chart-card.js';
import { columnName } from './csv-download.js';
import { STANDARD_LEVELS } from './palette.js';
import { standardsByLevelQuery } from './queries.js';

/**
 * Loads the counts and draws one stacked bar per country (ISO code on the axis, most standards first). Resolves to
 * the table drawn (the CSV download's): `{ name, columns, rows }`, one row per bar in the axis's order (code, name,
 * one column per level in the legend's order, total, the year of the earliest dated standard).
 */
export async function renderStandardsByLevel(chart, link) {
  const query = standardsByLevelQuery();
  linkQuery(link, query);
  chart.showLoading();
  const { stats } = await runQuery(query);
  chart.hideLoading();
  const countries = new Map();
  for (const bucket of stats.standardsByCountryAndLevel) {
    const row = countries.get(bucket.countryCode) ?? {
      code: bucket.countryCode,
      name: bucket.countryName,
      total: 0,
      levels: new Map(),
      since: null,
    };
    row.levels.set(bucket.level, (row.levels.get(bucket.level) ?? 0) + bucket.count);
    row.total += bucket.count;
    if (bucket.firstYear !== null && (row.since === null || bucket.firstYear < row.since)) row.since = bucket.firstYear;
    countries.set(bucket.countryCode, row);
  }
  const rows = [...countries.values()].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  const levels = STANDARD_LEVELS.filter((level) => rows.some((row) => row.levels.has(level.key)));
  // The tooltip says since when a country has standards (the earliest dated one), the mission's "since when".
  const names = new Map(
    rows.map((row) => [row.code, row.since === null ? row.name : `${row.name}, since ${row.since}`]),
  );
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  drawChart(chart, {
    title: titleOption(
      "Trainers' competence standards by country and level",
      `${total} standards in ${rows.length} countries (a standard counts in each country where it applies)`,
    ),
    legend: legendOption(levels.map((level) => level.label)),
    tooltip: stackedTooltip('standards', (code) => `${names.get(code)} (${code})`),
    grid: { left: 56, right: 24, top: 88, bottom: 56 },
    xAxis: axisOption(
      {
        type: 'category',
        data: rows.map((row) => row.code),
        axisTick: { alignWithLabel: true },
        axisLabel: { interval: 0, fontSize: 11 },
      },
      'Country (ISO 3166 code)',
      32,
    ),
    yAxis: axisOption({ type: 'value', minInterval: 1 }, 'Competence standards (count)', 36),
    series: levels.map((level) => ({
      name: level.label,
      type: 'bar',
      stack: 'standards',
      barMaxWidth: 22,
      itemStyle: { color: level.color },
      emphasis: { focus: 'series' },
      data: rows.map((row) => row.levels.get(level.key) ?? 0),
    })),
  });
  const columns = [
    ['code', 'country_code'],
    ['name', 'country'],
    ...levels.map((level) => [`level:${level.key}`, columnName(level.label)]),
    ['total', 'total'],
    ['since', 'since_year'],
  ];
  const table = rows.map((row) => ({
    code: row.code,
    name: row.name,
    total: row.total,
    since: row.since,
    ...Object.fromEntries(levels.map((level) => [`level:${level.key}`, row.levels.get(level.key) ?? 0])),
  }));
  return { name: 'competence-standards-by-country-and-level', columns, rows: table };
}
