import { EntityDefinition } from '../../graph/entity-definition';
import {
  ENTITY_FILTERS,
  atLeast,
  atMost,
  inCountries,
  inCountry,
  linkedVia,
  nameContains,
  oneOf,
} from '../../graph/common-filters';
import { PublicationWhere } from './publication.inputs';
import { PUBLICATION_PRESENCE_FILTERS } from './publication.presence';
import { PUBLICATION_PROPERTIES } from './publication.type';

/** How publications are stored, ordered and filtered (see EntityDefinition). */
export const PUBLICATION: EntityDefinition<PublicationWhere> = {
  type: 'Publication',
  fields: Object.keys(PUBLICATION_PROPERTIES),
  sortKeys: {
    YEAR: { property: 'year', kind: 'number' },
    TITLE: { property: 'searchKey', kind: 'string' },
  },
  defaultOrder: { field: 'YEAR', direction: 'ASC' },
  filters: {
    ...PUBLICATION_PRESENCE_FILTERS,
    ...ENTITY_FILTERS,
    titleContains: nameContains,
    kinds: oneOf('kind'),
    yearFrom: atLeast('year'),
    yearTo: atMost('year'),
    publishedBy: linkedVia((node) => `(${node})-[:PUBLISHED_BY]->(other)`),
    topic: linkedVia((node) => `(${node})-[:ABOUT|ANALYSES]->(other:Topic)`),
    analysesCountryCode: inCountry(inCountries((node) => `(${node})-[:ANALYSES]->(c:Country)`)),
  },
};
