import { EntityType, entityTypeOf, INTERNAL_PROPERTIES } from '../domain/entity-types';
import { PlainNode, PlainRelationship } from '../db/driver-values';

/** An entity node as read from Neo4j: its type (label), id, display name, sources and other properties. */
export interface EntityRecord {
  type: EntityType;
  id: string;
  name: string;
  sources: string[];
  /** Every stored property, converted to plain values (dates as `YYYY-MM-DD`). */
  properties: Record<string, unknown>;
}

/**
 * Reads a node returned by the executor into an {@link EntityRecord}.
 * @throws Error when the node carries none of our entity labels (a programming error: queries match our labels)
 */
export function entityFromNode(node: PlainNode): EntityRecord {
  const type = entityTypeOf(node.labels);
  if (!type) throw new Error(`node without an entity label: ${node.labels.join(':')}`);
  const properties = node.properties;
  return {
    type,
    id: String(properties.id),
    name: typeof properties.name === 'string' ? properties.name : String(properties.id),
    sources: Array.isArray(properties.sources) ? properties.sources.map(String) : [],
    properties,
  };
}

/** What GraphQL resolvers receive for an entity: typed fields, plus `attributes` holding every other property. */
export type EntityObject = Record<string, unknown> & {
  __typename: EntityType;
  id: string;
  name: string;
  sources: string[];
};

/**
 * Shapes a record for GraphQL. `typedFields` are the properties the type exposes as fields of their own; all
 * remaining source properties go to `attributes`, so nothing read from the data is hidden.
 */
export function toEntityObject(record: EntityRecord, typedFields: readonly string[]): EntityObject {
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record.properties)) {
    if (!typedFields.includes(key) && !(INTERNAL_PROPERTIES as readonly string[]).includes(key))
      attributes[key] = value;
  }
  return {
    ...record.properties,
    __typename: record.type,
    id: record.id,
    name: record.name,
    title: record.name,
    sources: record.sources,
    attributes,
  };
}

/** Properties of a relationship as shown on a connection edge. */
export interface RelationshipObject {
  type: string;
  role: string | null;
  since: string | null;
  until: string | null;
  sources: string[];
  attributes: Record<string, unknown>;
  createdAt: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Shapes a relationship for an edge: role/since/until and the bookkeeping typed, the rest under `attributes`. */
export function toRelationshipObject(rel: PlainRelationship): RelationshipObject {
  const { role, since, until, sources, createdAt, updatedAt, updatedBy, ...rest } = rel.properties;
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    type: rel.type,
    role: text(role),
    since: text(since),
    until: text(until),
    sources: Array.isArray(sources) ? sources.map(String) : [],
    attributes: rest,
    createdAt: text(createdAt),
    updatedAt: text(updatedAt),
    updatedBy: text(updatedBy),
  };
}
