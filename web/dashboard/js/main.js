// Wires the dashboard: three ECharts charts and the map of Europe, the year-range slider (which both the ranking
// and the map follow), the network and the search box, each with its downloads (CSV of what it shows, the charts
// also as PNG: csv-download.js addDownloads). Every part loads on its own, so one failing query leaves the others
// working.
import { createChart, linkQuery, showChartError } from './chart-card.js';
import { RANKING_CSV_COLUMNS, renderCountryRanking } from './country-ranking.js';
import { addDownloads, chartImage, fileSlug } from './csv-download.js';
import { renderEventsByYear } from './events-by-year.js';
import { renderKeyFigures } from './key-figures.js';
import { runQuery } from './graphql.js';
import { createMapCard } from './map-card.js';
import { createNetwork } from './network.js';
import { renderTypeLegend, showSelection } from './network-panel.js';
import { ENTITY_TYPES } from './palette.js';
import { topOrganisationQuery, yearBoundsQuery } from './queries.js';
import { createSearch } from './search.js';
import { renderStandardsByLevel } from './standards-by-level.js';
import { createYearRange } from './year-range.js';

/** Where the network starts: `?focus=<id>`, else the seed peer learning activity, else the most active organisation. */
const DEFAULT_FOCUS = 'event:pla-trainers-2013-louvain-la-neuve';

const $ = (selector) => document.querySelector(selector);

/**
 * The downloads of a part drawn once (`drawing` resolves to its table, `{ name, columns, rows }`): its CSV, and the
 * chart's image when `chart` is given; both do nothing until it is drawn or when it failed.
 */
function downloadsOnce(tools, id, drawing, chart) {
  let table = null;
  drawing.then(
    (drawn) => (table = drawn),
    () => {},
  );
  addDownloads(tools, {
    id,
    table: () => table,
    image: chart && (() => table && { name: table.name, ...chartImage(chart) }),
  });
}

async function startRanking(chart, map) {
  // What the ranking draws now, for its CSV (the rows of the chart, in its order) and PNG.
  let drawn = { rows: [], period: 'all-years' };
  addDownloads($('#ranking-tools'), {
    id: 'ranking',
    table: () => ({ name: `ranking-${drawn.period}`, columns: RANKING_CSV_COLUMNS, rows: drawn.rows }),
    image: () => ({ name: `ranking-${drawn.period}`, ...chartImage(chart) }),
  });
  const { stats } = await runQuery(yearBoundsQuery());
  const years = [...stats.events, ...stats.publications, ...stats.standards].map((point) => point.year);
  const min = Math.min(...years);
  const max = Math.max(...years);
  map.setBounds(min, max);
  const draw = (from, to) => {
    map.show(from, to);
    return renderCountryRanking(chart, $('#link-ranking'), from, to)
      .then((rows) => (drawn = { rows, period: from === null ? 'all-years' : `${from}-${to}` }))
      .catch((error) => showChartError(chart, error.message));
  };
  createYearRange($('#year-range'), { min, max, onChange: draw });
  await draw(null, null);
}

async function startNetwork() {
  renderTypeLegend($('#network-legend'), ENTITY_TYPES);
  const network = createNetwork($('#network'), {
    onChange: (change) => {
      if (change.error) {
        $('#network-status').textContent = change.error;
        return;
      }
      linkQuery($('#link-network'), change.query);
      showSelection($('#network-details'), change.selected);
      $('#network-status').textContent = `${change.counts.nodes} entities · ${change.counts.edges} relationships`;
    },
  });
  const asked = new URLSearchParams(location.search).get('focus');
  let start = asked ?? DEFAULT_FOCUS;
  try {
    await network.show(start);
  } catch {
    const { stats } = await runQuery(topOrganisationQuery());
    if (!stats.topOrganisations.length) throw new Error('the graph holds no organisation yet');
    start = stats.topOrganisations[0].organisation.id;
    await network.show(start);
    // Say so instead of silently showing another entity (issue 17); a long id is shortened, not echoed whole.
    if (asked !== null) {
      const shown = asked.length > 60 ? `${asked.slice(0, 60)}…` : asked;
      const notice = $('#network-notice');
      notice.textContent = `No entity has the id “${shown}” (from ?focus=); showing ${start} instead.`;
      notice.hidden = false;
    }
  }
  $('#network-reset').addEventListener('click', () => network.show(start));
  return network;
}

/** The network's downloads: its nodes, its relationships (as drawn now, after any expansion) and a PNG. */
function networkDownloads(networkReady) {
  let network = null;
  networkReady.then(
    (ready) => (network = ready),
    () => {},
  );
  const name = (what) => `network-${fileSlug(network.focus())}-${what}`;
  addDownloads($('#network-tools'), {
    id: 'network-nodes',
    label: 'nodes',
    table: () => network && { name: name('nodes'), ...network.nodeTable() },
  });
  addDownloads($('#network-tools'), {
    id: 'network-edges',
    label: 'relationships',
    table: () => network && { name: name('relationships'), ...network.edgeTable() },
    image: () => network && { name: name('picture'), extension: 'png', url: network.png() },
  });
}

function main() {
  const charts = {
    events: createChart($('#chart-events')),
    ranking: createChart($('#chart-ranking')),
    standards: createChart($('#chart-standards')),
    map: createChart($('#chart-map')),
  };
  const map = createMapCard({
    chart: charts.map,
    link: $('#link-map'),
    measure: $('#map-measure'),
    profile: $('#country-profile'),
    tools: $('#map-tools'),
  });
  const dashboard = { charts, map, network: null };
  // For people inspecting the page in the browser's devtools, and for the browser test.
  window.dashboard = dashboard;
  const figures = renderKeyFigures($('#key-figures'), $('#link-figures'));
  figures.catch((error) => ($('#key-figures').textContent = `Could not load the figures: ${error.message}`));
  downloadsOnce($('#figures-tools'), 'figures', figures);
  const events = renderEventsByYear(charts.events, $('#link-events'));
  events.catch((error) => showChartError(charts.events, error.message));
  downloadsOnce($('#events-tools'), 'events', events, charts.events);
  startRanking(charts.ranking, map).catch((error) => {
    showChartError(charts.ranking, error.message);
    map.show(null, null);
  });
  const standards = renderStandardsByLevel(charts.standards, $('#link-standards'));
  standards.catch((error) => showChartError(charts.standards, error.message));
  downloadsOnce($('#standards-tools'), 'standards', standards, charts.standards);
  const networkReady = startNetwork().then((network) => (dashboard.network = network));
  networkReady.catch((error) => ($('#network-status').textContent = `Could not load the network: ${error.message}`));
  networkDownloads(networkReady);
  const search = createSearch({
    form: $('#search'),
    input: $('#search-input'),
    typeSelect: $('#search-type'),
    results: $('#search-results'),
    status: $('#search-status'),
    link: $('#link-search'),
    onPick: async (id) => {
      const network = await networkReady;
      await network.show(id);
      $('#network-card').scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
  });
  addDownloads($('#search-tools'), { id: 'search', table: () => search.table() });
}

main();
