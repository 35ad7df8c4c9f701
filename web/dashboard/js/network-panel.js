// The panel beside the network: what the selected entity is, and links to look at it in the IDE.
import { ideHref } from './graphql.js';
import { entityType } from './palette.js';
import { nodeQuery } from './queries.js';

/** Shows `selected` (a network node's data: id, name, typename, truncated) in `panel`. */
export function showSelection(panel, selected) {
  const type = entityType(selected.typename);
  panel.replaceChildren();
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.style.background = type.color;
  badge.textContent = type.label;
  const name = document.createElement('h3');
  name.textContent = selected.name;
  const id = document.createElement('code');
  id.textContent = selected.id;
  const note = document.createElement('p');
  note.className = 'muted';
  note.textContent = selected.truncated
    ? 'Only part of its neighbourhood is shown (the view caps each expansion). Click a neighbour to go further.'
    : 'Its whole neighbourhood is shown. Click a neighbour to expand it.';
  const link = document.createElement('a');
  link.href = ideHref(nodeQuery(selected.id));
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Open this entity in the IDE ↗';
  panel.append(badge, name, id, note, link);
}

/** Fills the network's legend: one swatch per entity type, the colour its nodes have. */
export function renderTypeLegend(list, types) {
  list.replaceChildren(
    ...types.map((type) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = type.color;
      item.append(swatch, type.label);
      return item;
    }),
  );
}
