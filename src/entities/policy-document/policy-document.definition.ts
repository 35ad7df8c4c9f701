import { defineEntity, sortOn, yearRange } from '../../graph/define-entity';
import { linkedVia, nameContains, oneOf } from '../../graph/common-filters';
import { adoptedByYear } from '../../graph/as-of-filters';
import { PolicyDocumentWhere } from './policy-document.inputs';
import { POLICY_DOCUMENT_PRESENCE_FILTERS } from './policy-document.presence';
import { POLICY_DOCUMENT_PROPERTIES } from './policy-document.type';

/** How policyDocuments are stored, ordered and filtered (see EntityDefinition). */
export const POLICY_DOCUMENT = defineEntity<PolicyDocumentWhere>('PolicyDocument', POLICY_DOCUMENT_PROPERTIES, {
  sortKeys: { YEAR: sortOn('year', 'number'), DATE: sortOn('date', 'date'), TITLE: sortOn('searchKey') },
  filters: {
    ...POLICY_DOCUMENT_PRESENCE_FILTERS,
    titleContains: nameContains,
    kinds: oneOf('kind'),
    ...yearRange('year'),
    adoptedBy: linkedVia((node) => `(${node})-[:ADOPTED_BY]->(other)`),
    topic: linkedVia((node) => `(${node})-[:ABOUT]->(other)`),
    activeIn: adoptedByYear,
  },
});
