// The map of Europe: countries shaded by events, publications or trainers' competence standards within the
// slider's years. Shapes: world-atlas (Natural Earth 1:50m) as TopoJSON, turned into GeoJSON by topojson-client here
// in the browser; both are served by this server from node_modules, so the page stays offline.
import { runQuery } from './graphql.js';
import { drawChart, linkQuery, titleOption } from './chart-card.js';
import { INK, RANKING_MEASURES } from './palette.js';
import { countryRankingQuery } from './queries.js';
import { cropToView } from './map-view.js';

/** The name the shapes are registered under with ECharts. */
export const MAP_NAME = 'world-atlas-50m';

/** The colour of a country with nothing counted (and of shapes our countries do not match). */
export const EMPTY_COLOUR = '#e9edf1';

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}

/**
 * Loads the country shapes, cuts them to Europe (map-view.js) and registers them with ECharts under {@link MAP_NAME},
 * each named by the alpha-2 code our Country nodes use (world-atlas ids are ISO numeric: the server's
 * /dashboard/geo/country-codes.json maps them). Resolves to `names`: alpha-2 code → the shape's English name, for
 * the countries in view only.
 */
export async function loadCountryShapes() {
  const [topology, codes] = await Promise.all([
    fetchJson('/dashboard/vendor/countries-50m.json'),
    fetchJson('/dashboard/geo/country-codes.json'),
  ]);
  const names = new Map();
  const inView = topojson
    .feature(topology, topology.objects.countries)
    .features.map((feature) => cropToView(feature))
    .filter(Boolean);
  const features = inView.map((feature) => {
    const code = feature.id ? codes.byNumeric[feature.id] : codes.byName[feature.properties.name];
    if (!code) return feature; // drawn, but matches no country of ours (e.g. "N. Cyprus")
    names.set(code, feature.properties.name);
    return { ...feature, id: code, properties: { name: code } };
  });
  echarts.registerMap(MAP_NAME, { type: 'FeatureCollection', features });
  return { names };
}

/** The three counts per country (alpha-2 code → { code, name, events, publications, standards }) from the API. */
function countsByCountry(stats) {
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
      };
      row[measure.alias] = bucket.count;
      countries.set(bucket.countryCode, row);
    }
  }
  return countries;
}

/**
 * Draws the map for `measure` (an entry of RANKING_MEASURES) and `yearFrom`…`yearTo` (null: all years). The shade
 * is the count (legend: a visualMap from 0 to the largest count; none is grey; countries beyond the view are named
 * in the subtitle and `data-outside`); the tooltip gives all three counts.
 * Sets `data-range` and `data-measure` on the chart element. Resolves to the rows drawn, most first (the CSV's rows).
 */
export async function renderCountryMap(chart, link, shapes, measure, yearFrom, yearTo) {
  const query = countryRankingQuery(yearFrom, yearTo);
  linkQuery(link, query);
  chart.showLoading();
  const { stats } = await runQuery(query);
  chart.hideLoading();
  const rows = [...countsByCountry(stats).values()].sort(
    (a, b) => b[measure.alias] - a[measure.alias] || a.name.localeCompare(b.name),
  );
  const max = Math.max(1, ...rows.map((row) => row[measure.alias]));
  const period = yearFrom === null ? 'all years' : `${yearFrom}–${yearTo}`;
  const outside = rows.filter((row) => row[measure.alias] > 0 && !shapes.names.has(row.code)).map((row) => row.code);
  const counted = rows.filter((row) => row[measure.alias] > 0).length;
  drawChart(chart, {
    title: titleOption(
      `${measure.label} by country, ${period}`,
      `${counted} countries with any; click a country for its profile${outside.length ? ` · outside this map: ${outside.join(', ')}` : ''}`,
    ),
    tooltip: { trigger: 'item', formatter: (item) => mapTooltip(item, shapes, measure, period) },
    visualMap: {
      type: 'continuous',
      // From 0, so that the scale never collapses to one value (every count 1); a zero itself is drawn grey.
      min: 0,
      max,
      seriesIndex: 0,
      left: 8,
      bottom: 16,
      calculable: true,
      itemHeight: 120,
      // From a light tint of the measure's colour (clearly not the grey of none) to the colour itself.
      inRange: { color: [echarts.color.lerp(0.3, ['#ffffff', measure.color]), measure.color] },
      outOfRange: { color: EMPTY_COLOUR },
      textStyle: { color: INK.muted, fontSize: 12 },
    },
    series: [
      {
        type: 'map',
        map: MAP_NAME,
        name: measure.label,
        roam: true,
        top: 64,
        bottom: 8,
        selectedMode: false,
        itemStyle: { areaColor: EMPTY_COLOUR, borderColor: '#ffffff', borderWidth: 0.6 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c14e' } },
        // A zero is no value, so its shape keeps the grey of none (the visualMap would give it the lightest tint).
        data: rows
          .filter((row) => shapes.names.has(row.code))
          .map((row) => ({ name: row.code, value: row[measure.alias] || null, row })),
      },
    ],
  });
  Object.assign(chart.getDom().dataset, {
    range: yearFrom === null ? 'all' : `${yearFrom}-${yearTo}`,
    measure: measure.key,
    outside: outside.join(' '),
  });
  return rows;
}

/** A country's tooltip: its name, the three counts for the period (the shaded one first), or that it has none. */
function mapTooltip(item, shapes, measure, period) {
  const row = item.data?.row;
  const html = echarts.format.encodeHTML;
  if (!row) return `<b>${html(shapes.names.get(item.name) ?? item.name)}</b><br/>Nothing in the graph, ${period}`;
  const others = RANKING_MEASURES.filter((other) => other.key !== measure.key);
  return [
    `<b>${html(row.name)} (${row.code})</b>, ${period}`,
    `${measure.label}: <b>${row[measure.alias]}</b>`,
    ...others.map((other) => `${other.label}: ${row[other.alias]}`),
  ].join('<br/>');
}
