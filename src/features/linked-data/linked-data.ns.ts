import { ENTITY_TYPES } from '../../domain/entity-types';
import { RELATIONSHIP_ENDPOINTS } from '../../domain/relationship-types';
import { jsonLdContext, RDF, RDFS, schemaClass, vocabularyRelations } from './linked-data.vocabulary';

/**
 * The project vocabulary (`vet:`, at `<base>/ns#`) as a JSON-LD document: a class per entity type (a subclass of
 * its schema.org class) and each relationship property of ours with the relationship type it stands for. Every other
 * `vet:` property is the stored property of the same name described in data/FORMAT.md.
 */
export function vocabularyDocument(base: string): Record<string, unknown> {
  const classes = ENTITY_TYPES.map((type) => ({
    '@id': `vet:${type}`,
    '@type': 'rdfs:Class',
    'rdfs:label': type,
    'rdfs:subClassOf': { '@id': `schema:${schemaClass(type, undefined)}` },
  }));
  const relations = vocabularyRelations().map(({ term, relationship }) => ({
    '@id': term,
    '@type': 'rdf:Property',
    'rdfs:label': term.slice('vet:'.length),
    'rdfs:comment': `The ${relationship} relationship of the graph (${RELATIONSHIP_ENDPOINTS[relationship].from.join('/')} → ${RELATIONSHIP_ENDPOINTS[relationship].to.join('/')}).`,
  }));
  const source = {
    '@id': 'vet:source',
    '@type': 'rdf:Property',
    'rdfs:label': 'source',
    'rdfs:comment': 'A public page the facts about the entity were read from.',
  };
  return {
    '@context': { ...jsonLdContext(base), rdfs: RDFS, rdf: RDF },
    '@graph': [...classes, ...relations, source],
  };
}
