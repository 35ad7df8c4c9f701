import { countryFilters, defineEntity, sortOn, yearRange } from '../../graph/define-entity';
import { equals, inCountries, linkedVia, oneOf } from '../../graph/common-filters';
import { CompetenceStandardWhere } from './competence-standard.inputs';
import { COMPETENCE_STANDARD_PRESENCE_FILTERS } from './competence-standard.presence';
import { COMPETENCE_STANDARD_PROPERTIES } from './competence-standard.type';

/** How competenceStandards are stored, ordered and filtered (see EntityDefinition). */
export const COMPETENCE_STANDARD = defineEntity<CompetenceStandardWhere>(
  'CompetenceStandard',
  COMPETENCE_STANDARD_PROPERTIES,
  {
    sortKeys: { YEAR: sortOn('year', 'number'), NAME: sortOn('searchKey') },
    filters: {
      ...COMPETENCE_STANDARD_PRESENCE_FILTERS,
      levels: oneOf('level'),
      ...countryFilters(inCountries((node) => `(${node})-[:APPLIES_IN]->(c:Country)`)),
      ...yearRange('year'),
      certification: equals('certification'),
      developedBy: linkedVia((node) => `(${node})-[:DEVELOPED_BY]->(other)`),
    },
  },
);
