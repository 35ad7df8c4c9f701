import { property } from './cypher-identifiers';
import { EntityDefinition } from './entity-definition';
import { LABEL_PROPERTIES } from '../domain/labels';

/** Properties every entity read carries, whatever was selected: identity and display name. */
const ALWAYS = ['id', 'name'];
/** Node fields that are stored properties of every entity type. */
const COMMON = ['sources', 'createdAt', 'updatedAt', 'updatedBy'];

/**
 * The Cypher expression that reads a node for GraphQL: `{labels: labels(n), properties: n {.id, .name, ...}}` with
 * only the properties the selected fields need (and the sort key, for cursors), so a nested list does not haul every
 * summary and source list out of Neo4j. `fields` undefined, or a selection of `attributes` (every source property),
 * reads all properties. The shape is what the executor returns for a node, so callers read both alike. `related`, a
 * map expression (graph/read-ahead.ts), adds the node's pages read ahead under `related`.
 */
export function nodeProjection(
  node: string,
  definition: EntityDefinition<never>,
  fields: readonly string[] | undefined,
  sortProperty?: string,
  related?: string,
): string {
  const extra = related ? `, related: ${related}` : '';
  if (!fields || fields.includes('attributes'))
    return `{labels: labels(${node}), properties: properties(${node})${extra}}`;
  const stored = new Set([...ALWAYS, ...COMMON, ...definition.fields]);
  const wanted = new Set(ALWAYS);
  for (const field of fields) {
    if (field === 'title') wanted.add('name');
    else if (stored.has(field)) wanted.add(field);
    // `labels`, and `name(lang:)` choosing among them, read the stored label lists (domain/labels.ts).
    if (field === 'labels' || field === 'name') LABEL_PROPERTIES.forEach((name) => wanted.add(name));
  }
  if (sortProperty) wanted.add(sortProperty);
  return `{labels: labels(${node}), properties: ${node} {${[...wanted].map((name) => `.${property(name)}`).join(', ')}}${extra}}`;
}
