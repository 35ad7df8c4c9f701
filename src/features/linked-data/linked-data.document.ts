import countries from 'i18n-iso-countries';
import { EntityType, ID_PREFIX } from '../../domain/entity-types';
import { isRelationshipType } from '../../domain/relationship-types';
import { labelsOf } from '../../domain/labels';
import { EntityRecord } from '../../graph/entity-record';
import {
  jsonLdContext,
  relationProperty,
  schemaClass,
  UNPUBLISHED_PROPERTIES,
  valueTerm,
  ValueTerm,
} from './linked-data.vocabulary';

/** The other end of a relationship, as the linked-data statements read it. */
export interface Neighbour {
  /** The relationship type (used only when it is on our allow-list). */
  relationship: string;
  id: string;
  name: string | null;
  entityType: EntityType;
  /** Its stored `kind` (a city is a schema:City), or null. */
  kind: string | null;
}

/** An entity with its relationships: outgoing ones start at it, incoming ones end at it. */
export interface EntityDescription {
  entity: EntityRecord;
  outgoing: Neighbour[];
  incoming: Neighbour[];
}

/** A JSON-LD node object. */
export type JsonLdNode = Record<string, unknown>;

/**
 * The stable URI of the entity with id `<prefix>:<key>` (data/FORMAT.md): `<base>/id/<prefix>/<key>`, the key
 * percent-encoded as one path segment.
 */
export function entityUri(base: string, type: EntityType, id: string): string {
  const colon = id.indexOf(':');
  const key = colon >= 0 ? id.slice(colon + 1) : id;
  return `${base}/id/${ID_PREFIX[type]}/${encodeURIComponent(key)}`;
}

/** A whole JSON-LD document for one entity: the context, the entity, its relationships both ways (`@reverse`). */
export function entityDocument(base: string, description: EntityDescription): JsonLdNode {
  const node = entityNode(base, description.entity, description.outgoing, true);
  const reverse: Record<string, JsonLdNode[]> = {};
  for (const from of description.incoming) {
    if (!isRelationshipType(from.relationship)) continue;
    (reverse[relationProperty(from.relationship, from.entityType, from.kind)] ??= []).push(neighbourNode(base, from));
  }
  return { '@context': jsonLdContext(base), ...node, ...(Object.keys(reverse).length ? { '@reverse': reverse } : {}) };
}

/**
 * An entity as a JSON-LD node object (no context): its classes, name and names in other languages, identifier,
 * `sameAs` where the data gives one, its stored values and its outgoing relationships.
 * @param withNeighbours describe each related entity by its class and name too (one entity's page); a dump names
 * only their URIs, since each is described in the dump itself
 */
export function entityNode(
  base: string,
  entity: EntityRecord,
  outgoing: readonly Neighbour[],
  withNeighbours: boolean,
): JsonLdNode {
  const props = entity.properties;
  const node: JsonLdNode = {
    '@id': entityUri(base, entity.type, entity.id),
    '@type': [schemaClass(entity.type, props.kind), `vet:${entity.type}`],
    name: entity.name,
    identifier: entity.id,
  };
  const add = (term: string, value: unknown) => {
    const earlier = node[term];
    node[term] = earlier === undefined ? value : [...toArray(earlier), ...toArray(value)];
  };
  for (const label of labelsOf(props))
    add('alternateName', label.lang === 'und' ? label.value : { '@value': label.value, '@language': label.lang });
  const sameAs = sameAsOf(entity);
  if (sameAs.length) node.sameAs = sameAs.map((iri) => ({ '@id': iri }));
  const sources = entity.sources.filter(isWebUrl);
  if (sources.length) node['vet:source'] = sources.map((iri) => ({ '@id': iri }));
  if (entity.type === 'Event' && props.virtual === true)
    node.eventAttendanceMode = { '@id': 'schema:OnlineEventAttendanceMode' };
  for (const key of Object.keys(props).sort()) {
    if (UNPUBLISHED_PROPERTIES.has(key) || props[key] === null || props[key] === undefined) continue;
    const term = valueTerm(entity.type, key);
    add(
      term.term,
      Array.isArray(props[key]) ? (props[key] as unknown[]).map((v) => literal(v, term)) : literal(props[key], term),
    );
  }
  // A work known by its year only is still dated for schema.org readers (vet:year keeps the stored value).
  const dated = entity.type === 'Publication' || entity.type === 'PolicyDocument';
  if (dated && props.date == null && /^\d{4}$/.test(String(props.year)))
    add('datePublished', { '@value': String(props.year), '@type': 'xsd:gYear' });
  for (const to of outgoing) {
    if (!isRelationshipType(to.relationship)) continue;
    add(
      relationProperty(to.relationship, entity.type, props.kind),
      withNeighbours ? [neighbourNode(base, to)] : [{ '@id': entityUri(base, to.entityType, to.id) }],
    );
  }
  return node;
}

/** A related entity: its URI, classes and name. */
function neighbourNode(base: string, neighbour: Neighbour): JsonLdNode {
  return {
    '@id': entityUri(base, neighbour.entityType, neighbour.id),
    '@type': [schemaClass(neighbour.entityType, neighbour.kind), `vet:${neighbour.entityType}`],
    ...(neighbour.name ? { name: neighbour.name } : {}),
  };
}

/**
 * The same thing elsewhere, only where the data itself says which: a place's GeoNames feature (its GeoNames page
 * among the sources, written as GeoNames' semantic-web URI), a country's entry in the EU Publications Office country
 * table (its ISO 3166-1 alpha-3 code, from the stored alpha-2 code), a publication's DOI.
 */
export function sameAsOf(entity: EntityRecord): string[] {
  const found: string[] = [];
  if (entity.type === 'Place') {
    for (const source of entity.sources) {
      const geonameId = /^https?:\/\/(?:www\.)?geonames\.org\/(\d+)(?:[/?#]|$)/.exec(source)?.[1];
      if (geonameId) found.push(`https://sws.geonames.org/${geonameId}/`);
    }
  }
  const code = entity.properties.code;
  if (entity.type === 'Country' && typeof code === 'string') {
    const alpha3 = countries.alpha2ToAlpha3(code.toUpperCase());
    if (alpha3) found.push(`http://publications.europa.eu/resource/authority/country/${alpha3}`);
  }
  const doi = entity.properties.doi;
  if (entity.type === 'Publication' && typeof doi === 'string' && /^10\.\d{4,9}\/\S+$/.test(doi))
    found.push(`https://doi.org/${doi}`);
  return [...new Set(found)];
}

/** A stored value as JSON-LD: typed when its term names a datatype and the value has that shape, else as it is. */
function literal(value: unknown, term: ValueTerm): unknown {
  if (term.iri) return typeof value === 'string' && isWebUrl(value) ? { '@id': value } : value;
  if (term.datatype === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return { '@value': value, '@type': 'xsd:date' };
  if (term.datatype === 'gYear' && /^\d{4}$/.test(String(value)))
    return { '@value': String(value), '@type': 'xsd:gYear' };
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

function isWebUrl(value: string): boolean {
  return /^https?:\/\/[^\s"<>\\^`{|}]+$/.test(value);
}

function toArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
