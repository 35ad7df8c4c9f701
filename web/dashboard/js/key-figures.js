// The key figures under the page title: how much the graph holds, so a reader can judge the charts' base.
import { runQuery } from './graphql.js';
import { linkQuery } from './chart-card.js';
import { keyFiguresQuery } from './queries.js';

const FIGURES = [
  ['events', 'Events'],
  ['organisations', 'Organisations'],
  ['publications', 'Publications'],
  ['competenceStandards', 'Competence standards'],
  ['policyDocuments', 'Policy documents'],
  ['countries', 'Countries'],
];

/**
 * Loads the totals and shows one figure per kind in `list` (a <dl>); `link` opens the query in the IDE. Resolves to
 * the table shown (the CSV download's): `{ name, columns, rows }`, one row per figure (field, label, count).
 */
export async function renderKeyFigures(list, link) {
  const query = keyFiguresQuery();
  linkQuery(link, query);
  const data = await runQuery(query);
  const rows = FIGURES.map(([field, label]) => ({ field, label, count: data[field].totalCount }));
  list.replaceChildren(
    ...FIGURES.map(([field, label]) => {
      const figure = document.createElement('div');
      figure.className = 'figure';
      figure.dataset.field = field;
      const value = document.createElement('dd');
      value.textContent = data[field].totalCount.toLocaleString('en');
      const name = document.createElement('dt');
      name.textContent = label;
      figure.append(value, name);
      return figure;
    }),
  );
  return {
    name: 'key-figures',
    columns: [
      ['field', 'field'],
      ['label', 'figure'],
      ['count', 'count'],
    ],
    rows,
  };
}
