import { EntityDefinition } from '../../graph/entity-definition';
import { ENTITY_FILTERS, atLeast, atMost, linkedVia, nameContains, oneOf } from '../../graph/common-filters';
import { adoptedByYear } from '../../graph/as-of-filters';
import { PolicyDocumentWhere } from './policy-document.inputs';
import { POLICY_DOCUMENT_PRESENCE_FILTERS } from './policy-document.presence';
import { POLICY_DOCUMENT_PROPERTIES } from './policy-document.type';

/** How policyDocuments are stored, ordered and filtered (see EntityDefinition). */
export const POLICY_DOCUMENT: EntityDefinition<PolicyDocumentWhere> = {
  type: 'PolicyDocument',
  fields: Object.keys(POLICY_DOCUMENT_PROPERTIES),
  sortKeys: {
    YEAR: { property: 'year', kind: 'number' },
    DATE: { property: 'date', kind: 'date' },
    TITLE: { property: 'searchKey', kind: 'string' },
  },
  defaultOrder: { field: 'YEAR', direction: 'ASC' },
  filters: {
    ...POLICY_DOCUMENT_PRESENCE_FILTERS,
    ...ENTITY_FILTERS,
    titleContains: nameContains,
    kinds: oneOf('kind'),
    yearFrom: atLeast('year'),
    yearTo: atMost('year'),
    adoptedBy: linkedVia((node) => `(${node})-[:ADOPTED_BY]->(other)`),
    topic: linkedVia((node) => `(${node})-[:ABOUT]->(other)`),
    activeIn: adoptedByYear,
  },
};
