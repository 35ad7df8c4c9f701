import { countryFilters, defineEntity, sortOn, yearRange } from '../../graph/define-entity';
import { inCountries, linkedVia, nameContains, oneOf } from '../../graph/common-filters';
import { PublicationWhere } from './publication.inputs';
import { PUBLICATION_PRESENCE_FILTERS } from './publication.presence';
import { PUBLICATION_PROPERTIES } from './publication.type';

/** Analyses the country: the one-code filter of an ANALYSES path. */
const { countryCode: analysesCountryCode } = countryFilters(
  inCountries((node) => `(${node})-[:ANALYSES]->(c:Country)`),
);

/** How publications are stored, ordered and filtered (see EntityDefinition). */
export const PUBLICATION = defineEntity<PublicationWhere>('Publication', PUBLICATION_PROPERTIES, {
  sortKeys: { YEAR: sortOn('year', 'number'), TITLE: sortOn('searchKey') },
  filters: {
    ...PUBLICATION_PRESENCE_FILTERS,
    titleContains: nameContains,
    kinds: oneOf('kind'),
    ...yearRange('year'),
    publishedBy: linkedVia((node) => `(${node})-[:PUBLISHED_BY]->(other)`),
    topic: linkedVia((node) => `(${node})-[:ABOUT|ANALYSES]->(other:Topic)`),
    analysesCountryCode,
  },
});
