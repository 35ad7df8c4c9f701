// A country's profile beside the map: what the graph holds about it for the slider's years. Opened by a click on
// the map; every number comes from one GraphQL query (map-queries.js), linked to the IDE like the charts.
import { addDownloads, columnName } from './csv-download.js';
import { ideHref, runQuery } from './graphql.js';
import { STANDARD_LEVELS } from './palette.js';
import { countryProfileQuery } from './map-queries.js';

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A CSV button for one part of the profile: `<file>-<section>.csv` with `columns` and the `rows` shown. */
function csvButton(into, file, section, columns, rows) {
  addDownloads(into, { id: `profile-${section}`, table: () => ({ name: `${file}-${section}`, columns, rows }) });
}

/**
 * A table (`rows`: arrays of cells under `head`) with a caption and a CSV button (the rows as shown; file name
 * `<file>-<section>.csv`); `data-section` names it for tests.
 */
function table(file, section, caption, head, rows) {
  const node = element('table', undefined, 'profile__table');
  node.dataset.section = section;
  const title = element('caption', caption);
  csvButton(
    title,
    file,
    section,
    head.map((cell, i) => [i, columnName(cell)]),
    rows.map((row) => ({ ...row })),
  );
  node.append(title);
  const header = element('tr');
  for (const cell of head) header.append(element('th', cell));
  node.append(header);
  for (const row of rows) {
    const tr = element('tr');
    for (const cell of row) tr.append(element('td', String(cell)));
    node.append(tr);
  }
  if (!rows.length) {
    const empty = element('tr');
    empty.append(element('td', 'none', 'muted'));
    node.append(empty);
  }
  return node;
}

/**
 * A list of entity names (with the total when it is longer than what is shown) and a CSV button for the names listed
 * (id, name).
 */
function names(file, section, caption, connection) {
  const block = element('div', undefined, 'profile__list');
  block.dataset.section = section;
  block.dataset.total = String(connection.totalCount);
  const title = element('h4', `${caption} (${connection.totalCount})`);
  csvButton(
    title,
    file,
    section,
    [
      ['id', 'id'],
      ['name', 'name'],
    ],
    connection.nodes,
  );
  block.append(title);
  const list = element('ul');
  for (const node of connection.nodes) list.append(element('li', node.name));
  if (connection.totalCount > connection.nodes.length)
    list.append(element('li', `… and ${connection.totalCount - connection.nodes.length} more`, 'muted'));
  block.append(list);
  return block;
}

/**
 * Loads and shows the profile of the country `code` (alpha-2) in `panel` for `yearFrom`…`yearTo` (null: all years;
 * `bounds` are the slider's first and last years, the span of the timeline then). Sets `data-country` on the panel
 * when shown. Resolves to the query's data.
 */
export async function renderCountryProfile(panel, code, yearFrom, yearTo, bounds) {
  const query = countryProfileQuery(code, yearFrom, yearTo, yearFrom ?? bounds.min, yearTo ?? bounds.max);
  panel.replaceChildren(element('p', 'Loading…', 'muted'));
  delete panel.dataset.country;
  const data = await runQuery(query);
  const { country, stats } = data;
  if (!country) {
    panel.replaceChildren(element('p', `The graph holds no country ${code}.`, 'muted'));
    return data;
  }
  const period = yearFrom === null ? 'all years' : `${yearFrom}–${yearTo}`;
  const heading = element('h3', `${country.name} (${country.code})`);
  const summary = element(
    'p',
    `${period}: ${stats.eventsByYear.reduce((sum, b) => sum + b.count, 0)} events, ${stats.publications[0]?.count ?? 0} publications analysing it.`,
    'muted',
  );
  const years = new Map(country.timeline.map((entry) => [entry.year, entry]));
  const events = stats.eventsByYear
    .filter((bucket) => bucket.year !== null)
    .map((bucket) => [bucket.year, bucket.count]);
  const undated = stats.eventsByYear.find((bucket) => bucket.year === null);
  if (undated) events.push(['no year', undated.count]);
  const label = (key) => STANDARD_LEVELS.find((level) => level.key === key)?.label ?? 'Level not recorded';
  const standards = stats.standardsByLevel.map((bucket) => [label(bucket.kind), bucket.count]);
  const changes = [...years.values()]
    .filter(
      (entry) => entry.policyDocuments.length + entry.membershipsStarted.length + entry.membershipsEnded.length > 0,
    )
    .map((entry) => [
      entry.year,
      entry.policyDocuments.length,
      entry.membershipsStarted.length,
      entry.membershipsEnded.length,
    ]);
  // Without a range: the current seat (the API's rule without asOf) and every membership there has been.
  const seated = yearTo === null ? 'now' : `in ${yearTo}`;
  const member = yearTo === null ? 'ever' : `in ${yearTo}`;
  const file = `${code.toLowerCase()}-${yearFrom === null ? 'all-years' : `${yearFrom}-${yearTo}`}`;
  const link = element('a', 'Open this query in the IDE ↗');
  Object.assign(link, { href: ideHref(query), target: '_blank', rel: 'noopener' });
  panel.replaceChildren(
    heading,
    summary,
    table(file, 'events', 'Events by year', ['Year', 'Events'], events),
    table(file, 'standards', "Trainers' competence standards by level", ['Level', 'Standards'], standards),
    names(file, 'organisations', `Organisations seated there ${seated}`, country.organisations),
    names(file, 'working-groups', `Working groups it belongs to ${member}`, country.workingGroups),
    table(
      file,
      'timeline',
      'Timeline: policy documents, memberships started / ended',
      ['Year', 'Documents', 'Joined', 'Left'],
      changes,
    ),
    link,
  );
  panel.dataset.country = code;
  return data;
}
