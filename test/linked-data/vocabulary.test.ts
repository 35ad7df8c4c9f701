import { RELATIONSHIP_ENDPOINTS, RELATIONSHIP_TYPES } from '../../src/domain/relationship-types';
import { ID_PREFIX } from '../../src/domain/entity-types';
import {
  relationProperty,
  TYPE_SEGMENTS,
  vocabularyRelations,
} from '../../src/features/linked-data/linked-data.vocabulary';
import { vocabularyDocument } from '../../src/features/linked-data/linked-data.ns';
import { withoutTypeParameters, chooseMediaType } from '../../src/features/linked-data/linked-data.negotiation';

describe('the linked-data vocabulary', () => {
  it('names every allowed relationship by a schema.org term or a vet: term that /ns describes', () => {
    const described = new Set(
      (vocabularyDocument('https://x.example')['@graph'] as Array<{ '@id': string }>).map((node) => node['@id']),
    );
    const terms = new Set(vocabularyRelations().map((relation) => relation.term));
    for (const type of RELATIONSHIP_TYPES) {
      for (const from of RELATIONSHIP_ENDPOINTS[type].from) {
        const term = relationProperty(type, from);
        if (term.startsWith('vet:')) {
          expect(terms).toContain(term);
          expect(described).toContain(term);
        } else {
          expect(term).toMatch(/^[a-z][A-Za-z]+$/);
        }
      }
    }
    expect(relationProperty('HELD_IN', 'Event')).toBe('location');
    expect(relationProperty('LOCATED_IN', 'Place')).toBe('containedInPlace');
    expect(relationProperty('MEMBER_OF', 'Country')).toBe('vet:memberOf');
  });

  it('maps each URI segment to its type and back (the id prefix of data/FORMAT.md)', () => {
    for (const [segment, type] of Object.entries(TYPE_SEGMENTS)) expect(ID_PREFIX[type]).toBe(segment);
    expect(Object.keys(TYPE_SEGMENTS)).toHaveLength(10);
  });

  it('negotiates on type and q-value only', () => {
    expect(
      withoutTypeParameters('application/ld+json;profile="http://www.w3.org/ns/json-ld#expanded";q=0.7, text/html'),
    ).toBe('application/ld+json;q=0.7, text/html');
    expect(chooseMediaType(undefined, ['application/ld+json', 'text/html'])).toBe('application/ld+json');
    expect(chooseMediaType('text/html;q=0, */*;q=0.1', ['text/html', 'text/turtle'])).toBe('text/turtle');
    expect(chooseMediaType('image/png', ['text/html'])).toBeUndefined();
  });
});
