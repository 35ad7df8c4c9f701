// The map card: the measure picker, the map, the country profile beside it and the downloads, following the
// dashboard's year slider (main.js calls `show` whenever the range changes).
import { showChartError } from './chart-card.js';
import { loadCountryShapes, renderCountryMap } from './country-map.js';
import { renderCountryProfile } from './country-profile.js';
import { addDownloads, chartImage } from './csv-download.js';
import { RANKING_MEASURES } from './palette.js';

/** The CSV's columns: the map's rows, one per country, all three counts. */
export const MAP_CSV_COLUMNS = [
  ['code', 'country_code'],
  ['name', 'country'],
  ['events', 'events'],
  ['publications', 'publications'],
  ['standards', 'competence_standards'],
];

/**
 * Starts the map card. `parts`: { chart, link, measure (a select), profile (the panel), tools (where its CSV and PNG
 * buttons go) }.
 * Returns `{ show(yearFrom, yearTo), setBounds(min, max), state }`; `state` holds the drawn rows and selection.
 */
export function createMapCard({ chart, link, measure, profile, tools }) {
  const state = {
    yearFrom: null,
    yearTo: null,
    bounds: null,
    measure: RANKING_MEASURES[0],
    rows: [],
    drawn: null,
    country: null,
  };
  measure.replaceChildren(...RANKING_MEASURES.map((entry) => new Option(entry.label, entry.key)));
  const shapes = loadCountryShapes();
  // One drawing at a time, each reading the state when it starts: after quick slider moves, the last range wins
  // (answers arriving out of order cannot leave an older range on the map or in the profile).
  let mapQueue = Promise.resolve();
  let profileQueue = Promise.resolve();
  const draw = () =>
    (mapQueue = mapQueue.then(async () => {
      try {
        const { measure: shown, yearFrom, yearTo } = state;
        state.rows = await renderCountryMap(chart, link, await shapes, shown, yearFrom, yearTo);
        // What the downloads name: the drawing's own range and measure, not a newer one still loading.
        state.drawn = { measure: shown.alias, period: yearFrom === null ? 'all-years' : `${yearFrom}-${yearTo}` };
      } catch (error) {
        showChartError(chart, error.message);
      }
    }));
  const openProfile = (code) => {
    state.country = code;
    profileQueue = profileQueue.then(() =>
      renderCountryProfile(
        profile,
        state.country,
        state.yearFrom,
        state.yearTo,
        state.bounds ?? { min: 1900, max: new Date().getFullYear() },
      ).catch((error) => (profile.textContent = `Could not load the profile: ${error.message}`)),
    );
  };
  measure.addEventListener('change', () => {
    state.measure = RANKING_MEASURES.find((entry) => entry.key === measure.value) ?? RANKING_MEASURES[0];
    draw();
  });
  chart.on('click', (item) => {
    if (item.componentType === 'series' && /^[A-Z]{2}$/.test(item.name)) openProfile(item.name);
  });
  addDownloads(tools, {
    id: 'map',
    table: () => state.drawn && { name: `countries-${state.drawn.period}`, columns: MAP_CSV_COLUMNS, rows: state.rows },
    image: () => state.drawn && { name: `map-${state.drawn.measure}-${state.drawn.period}`, ...chartImage(chart) },
  });
  return {
    state,
    setBounds(min, max) {
      state.bounds = { min, max };
    },
    show(yearFrom, yearTo) {
      Object.assign(state, { yearFrom, yearTo });
      if (state.country) openProfile(state.country);
      return draw();
    },
  };
}
