import { EntityDefinition } from '../../graph/entity-definition';
import {
  ENTITY_FILTERS,
  atLeast,
  atMost,
  equals,
  inCountries,
  inCountry,
  linkedVia,
  oneOf,
} from '../../graph/common-filters';
import { CompetenceStandardWhere } from './competence-standard.inputs';
import { COMPETENCE_STANDARD_PRESENCE_FILTERS } from './competence-standard.presence';
import { COMPETENCE_STANDARD_PROPERTIES } from './competence-standard.type';

const appliesIn = inCountries((node) => `(${node})-[:APPLIES_IN]->(c:Country)`);

/** How competenceStandards are stored, ordered and filtered (see EntityDefinition). */
export const COMPETENCE_STANDARD: EntityDefinition<CompetenceStandardWhere> = {
  type: 'CompetenceStandard',
  fields: Object.keys(COMPETENCE_STANDARD_PROPERTIES),
  sortKeys: {
    YEAR: { property: 'year', kind: 'number' },
    NAME: { property: 'searchKey', kind: 'string' },
  },
  defaultOrder: { field: 'YEAR', direction: 'ASC' },
  filters: {
    ...COMPETENCE_STANDARD_PRESENCE_FILTERS,
    ...ENTITY_FILTERS,
    levels: oneOf('level'),
    countryCode: inCountry(appliesIn),
    countryCodes: appliesIn,
    yearFrom: atLeast('year'),
    yearTo: atMost('year'),
    certification: equals('certification'),
    developedBy: linkedVia((node) => `(${node})-[:DEVELOPED_BY]->(other)`),
  },
};
