import { EntityType, ENTITY_TYPES, ID_PREFIX, INTERNAL_PROPERTIES } from '../../domain/entity-types';
import { RELATIONSHIP_ENDPOINTS, RELATIONSHIP_TYPES, RelationshipType } from '../../domain/relationship-types';

/*
 * How the graph reads as schema.org (https://schema.org). Every entity gets a schema.org class and our own class
 * (`vet:<Type>`, so a WorkingGroup stays distinguishable from an Organisation); a relationship becomes a schema.org
 * property where one with that meaning and a fitting domain exists, else a property of the project vocabulary
 * (`vet:`, served at /ns). Values that fit no schema.org property keep their own name in `vet:`.
 */

/** The schema.org namespace (https, as schema.org itself now recommends). */
export const SCHEMA = 'https://schema.org/';
/** XML Schema datatypes. */
export const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** RDF and RDF Schema, for the vocabulary document. */
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

/** The path of the project vocabulary; its IRI is `<base>/ns#`. */
export const VOCABULARY_PATH = '/ns';

/**
 * The URI path segment of each type: the id prefix of data/FORMAT.md, so `/id/<segment>/<key>` ↔ `<prefix>:<key>`.
 */
export const TYPE_SEGMENTS: Record<string, EntityType> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [ID_PREFIX[type], type]),
);

/** The schema.org class of an entity of `type`, from its stored `kind` where that refines it. */
export function schemaClass(type: EntityType, kind: unknown): string {
  switch (type) {
    case 'Country':
      return 'Country';
    case 'Place':
      return kind === 'CITY' ? 'City' : 'Place';
    case 'Organisation':
    case 'WorkingGroup':
      return 'Organization';
    case 'Event':
      return 'Event';
    case 'PolicyDocument':
      // Only the binding legal acts of Art. 288 TFEU that the data holds (regulations, recommendations) are
      // Legislation; communiqués, declarations, conclusions and communications are political texts: CreativeWork.
      return kind === 'REGULATION' || kind === 'COUNCIL_RECOMMENDATION' ? 'Legislation' : 'CreativeWork';
    case 'Publication':
    case 'CompetenceStandard':
      return 'CreativeWork';
    case 'Topic':
      return 'DefinedTerm';
    case 'Person':
      return 'Person';
  }
}

/**
 * A relationship as a property of its start node where schema.org has a term for it (or where the term depends on
 * the start's type); every other relationship type is `vet:` + its name in camelCase (HOSTED_BY → `vet:hostedBy`),
 * so a new relationship type needs no entry here.
 */
const RELATION_PROPERTIES: Partial<Record<RelationshipType, string | Partial<Record<EntityType, string>>>> = {
  ORGANISED_BY: 'organizer',
  HELD_IN: 'location',
  LOCATED_IN: { Place: 'containedInPlace', Organisation: 'location' },
  PART_OF: { Event: 'superEvent', WorkingGroup: 'parentOrganization' },
  // schema:memberOf has Organization and Person as its domain, not Place.
  MEMBER_OF: { Organisation: 'memberOf' },
  PUBLISHED_BY: 'publisher',
  // schema:citation's domain is CreativeWork; an event's citation is ours.
  CITES: { Publication: 'citation', PolicyDocument: 'citation' },
  ANALYSES: 'about',
  DEVELOPED_BY: 'creator',
  APPLIES_IN: 'spatialCoverage',
  // An organisation has no schema:about; schema:knowsAbout is its topical counterpart.
  ABOUT: { Event: 'about', Publication: 'about', PolicyDocument: 'about', WorkingGroup: 'knowsAbout' },
  WORKS_FOR: 'worksFor',
};

/**
 * The term for a relationship of `type` starting at an entity of `from` (see {@link RELATION_PROPERTIES}); `fromKind`
 * is the start's stored kind: a policy document written as Legislation names who adopted it `legislationPassedBy`.
 */
export function relationProperty(type: RelationshipType, from: EntityType, fromKind?: unknown): string {
  if (type === 'ADOPTED_BY' && schemaClass(from, fromKind) === 'Legislation') return 'legislationPassedBy';
  const mapped = RELATION_PROPERTIES[type];
  if (typeof mapped === 'string') return mapped;
  return mapped?.[from] ?? `vet:${camel(type)}`;
}

/** The relationship terms of the project vocabulary, with the relationship each stands for. */
export function vocabularyRelations(): Array<{ term: string; relationship: RelationshipType }> {
  const found = new Map<string, RelationshipType>();
  for (const relationship of RELATIONSHIP_TYPES) {
    for (const from of RELATIONSHIP_ENDPOINTS[relationship].from) {
      const term = relationProperty(relationship, from);
      if (term.startsWith('vet:')) found.set(term, relationship);
    }
  }
  return [...found].map(([term, relationship]) => ({ term, relationship }));
}

/** How a stored property is written: a term and, for dates and years, an XML Schema datatype. */
export interface ValueTerm {
  term: string;
  datatype?: 'date' | 'gYear' | 'anyURI';
  /** The value is an IRI (written as `{"@id": …}`). */
  iri?: boolean;
}

/** Stored properties with a schema.org counterpart, for every type unless the entry names types. */
const VALUE_TERMS: Record<string, ValueTerm | Partial<Record<EntityType, ValueTerm>>> = {
  summary: { term: 'description' },
  altNames: { term: 'alternateName' },
  acronym: { term: 'alternateName' },
  startDate: { term: 'startDate', datatype: 'date' },
  endDate: { term: 'endDate', datatype: 'date' },
  url: { term: 'url', iri: true },
  isbn: { term: 'isbn' },
  issn: { term: 'issn' },
  role: { Person: { term: 'jobTitle' } },
  founded: { Organisation: { term: 'foundingDate', datatype: 'gYear' } },
  date: {
    Publication: { term: 'datePublished', datatype: 'date' },
    PolicyDocument: { term: 'datePublished', datatype: 'date' },
  },
  reference: { PolicyDocument: { term: 'identifier' } },
  originalName: { term: 'alternateName' },
};

/**
 * Properties kept out of linked data: the internal ones (bookkeeping, search keys, who edited: an account name, labels:
 * written as names) and `virtual`.
 */
export const UNPUBLISHED_PROPERTIES = new Set<string>([...INTERNAL_PROPERTIES, 'virtual']);

/** The term for the stored property `key` of an entity of `type`: schema.org where mapped, else `vet:<key>`. */
export function valueTerm(type: EntityType, key: string): ValueTerm {
  const mapped = VALUE_TERMS[key];
  if (mapped && 'term' in mapped) return mapped as ValueTerm;
  return (mapped as Partial<Record<EntityType, ValueTerm>> | undefined)?.[type] ?? { term: `vet:${key}` };
}

/** The JSON-LD context of every document: schema.org as the default vocabulary, `vet:` for ours. */
export function jsonLdContext(base: string): Record<string, string> {
  return { '@vocab': SCHEMA, schema: SCHEMA, vet: `${base}${VOCABULARY_PATH}#`, xsd: XSD };
}

function camel(upperSnake: string): string {
  return upperSnake.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
