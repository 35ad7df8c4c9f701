// The search box: ranked full-text search over the graph; a hit opens its neighbourhood in the network.
import { runQuery } from './graphql.js';
import { linkQuery } from './chart-card.js';
import { fileSlug } from './csv-download.js';
import { ENTITY_TYPES, entityType } from './palette.js';
import { searchQuery } from './queries.js';

/** The columns of the hits' CSV ([row key, heading]): one row per hit, in the list's order. */
export const SEARCH_CSV_COLUMNS = [
  ['rank', 'rank'],
  ['id', 'id'],
  ['type', 'type'],
  ['name', 'name'],
  ['score', 'score'],
];

/** Hits shown per search. */
export const SEARCH_HITS = 12;

/**
 * Wires the search form: typing (after a short pause) or submitting runs `search`, the hits are listed with their
 * type and score, and choosing a hit calls `onPick(id)`.
 */
export function createSearch({ form, input, typeSelect, results, status, link, onPick }) {
  typeSelect.innerHTML = [
    '<option value="">All types</option>',
    ...ENTITY_TYPES.map((type) => `<option value="${type.enumValue}">${type.label}</option>`),
  ].join('');
  let timer;
  let latest = 0;
  // The list shown now (for its CSV): the text searched, the type chosen and the hits in their order.
  let shown = null;

  async function run() {
    const text = input.value.trim();
    if (text.length < 2) {
      results.replaceChildren();
      shown = null;
      status.textContent = 'Type at least two letters.';
      return;
    }
    const query = searchQuery(text, typeSelect.value || null, SEARCH_HITS);
    linkQuery(link, query);
    const ticket = ++latest;
    status.textContent = 'Searching…';
    try {
      const { search } = await runQuery(query);
      if (ticket !== latest) return; // a newer search has started; its answer wins
      results.replaceChildren(...search.map(hitItem));
      shown = { text, type: typeSelect.value || null, hits: search };
      status.textContent = search.length ? `${search.length} best matches for “${text}”` : `Nothing matches “${text}”.`;
    } catch (error) {
      if (ticket !== latest) return;
      results.replaceChildren();
      shown = null;
      status.textContent = `Search failed: ${error.message}`;
    }
  }

  function hitItem(hit) {
    const type = entityType(hit.node.__typename);
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'hit';
    button.dataset.id = hit.node.id;
    button.title = `${type.label}: ${hit.node.name}`;
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.style.background = type.color;
    badge.textContent = type.label;
    const name = document.createElement('span');
    name.className = 'hit__name';
    name.textContent = hit.node.name;
    const score = document.createElement('span');
    score.className = 'hit__score';
    score.title = 'Relevance score of the full-text index';
    score.textContent = hit.score.toFixed(2);
    button.append(badge, name, score);
    button.addEventListener('click', () => onPick(hit.node.id));
    item.append(button);
    return item;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
  typeSelect.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  return {
    run,
    /** The hits listed now as a table (`{ name, columns, rows }`, rank, id, type, name, score), or null for none. */
    table: () =>
      shown && {
        name: `search-${fileSlug(shown.text)}${shown.type ? `-${fileSlug(shown.type)}` : ''}`,
        columns: SEARCH_CSV_COLUMNS,
        rows: shown.hits.map((hit, i) => ({
          rank: i + 1,
          id: hit.node.id,
          type: entityType(hit.node.__typename).label,
          name: hit.node.name,
          score: hit.score,
        })),
      },
  };
}
