// A country's profile beside the map: what the graph holds about it for the slider's years. Opened by a click on
// the map; every number comes from one GraphQL query (map-queries.js), linked to the IDE like the charts.
import { ideHref, runQuery } from './graphql.js';
import { STANDARD_LEVELS } from './palette.js';
import { countryProfileQuery } from './map-queries.js';

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A two-column table (`rows`: [label, value] pairs) with a caption; `data-section` names it for tests. */
function table(section, caption, head, rows) {
  const node = element('table', undefined, 'profile__table');
  node.dataset.section = section;
  node.append(element('caption', caption));
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

/** A list of entity names (with the total when it is longer than what is shown). */
function names(section, caption, connection) {
  const block = element('div', undefined, 'profile__list');
  block.dataset.section = section;
  block.dataset.total = String(connection.totalCount);
  block.append(element('h4', `${caption} (${connection.totalCount})`));
  const list = element('ul');
  for (const node of connection.nodes) list.append(element('li', node.name));
  if (connection.totalCount > connection.nodes.length) list.append(element('li', `… and ${connection.totalCount - connection.nodes.length} more`, 'muted'));
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
  const summary = element('p', `${period}: ${stats.eventsByYear.reduce((sum, b) => sum + b.count, 0)} events, ${stats.publications[0]?.count ?? 0} publications analysing it.`, 'muted');
  const years = new Map(country.timeline.map((entry) => [entry.year, entry]));
  const events = stats.eventsByYear.filter((bucket) => bucket.year !== null).map((bucket) => [bucket.year, bucket.count]);
  const undated = stats.eventsByYear.find((bucket) => bucket.year === null);
  if (undated) events.push(['no year', undated.count]);
  const label = (key) => STANDARD_LEVELS.find((level) => level.key === key)?.label ?? 'Level not recorded';
  const standards = stats.standardsByLevel.map((bucket) => [label(bucket.kind), bucket.count]);
  const changes = [...years.values()]
    .filter((entry) => entry.policyDocuments.length + entry.membershipsStarted.length + entry.membershipsEnded.length > 0)
    .map((entry) => [entry.year, entry.policyDocuments.length, entry.membershipsStarted.length, entry.membershipsEnded.length]);
  // Without a range: the current seat (the API's rule without asOf) and every membership there has been.
  const seated = yearTo === null ? 'now' : `in ${yearTo}`;
  const member = yearTo === null ? 'ever' : `in ${yearTo}`;
  const link = element('a', 'Open this query in the IDE ↗');
  Object.assign(link, { href: ideHref(query), target: '_blank', rel: 'noopener' });
  panel.replaceChildren(
    heading,
    summary,
    table('events', 'Events by year', ['Year', 'Events'], events),
    table('standards', "Trainers' competence standards by level", ['Level', 'Standards'], standards),
    names('organisations', `Organisations seated there ${seated}`, country.organisations),
    names('working-groups', `Working groups it belongs to ${member}`, country.workingGroups),
    table('timeline', 'Timeline: policy documents, memberships started / ended', ['Year', 'Documents', 'Joined', 'Left'], changes),
    link,
  );
  panel.dataset.country = code;
  return data;
}
