import { knownField, presenceFilters, presenceWhere } from '../../graphql/where-input';

/** Missing-value filters on policy documents (issue 16), each with its compiler; PolicyDocumentWhere extends them. */
const POLICY_DOCUMENT_PRESENCE = { hasDate: knownField('the date', 'date'), hasYear: knownField('the year', 'year') };

export const PolicyDocumentPresenceWhere = presenceWhere(POLICY_DOCUMENT_PRESENCE);
export const POLICY_DOCUMENT_PRESENCE_FILTERS = presenceFilters(POLICY_DOCUMENT_PRESENCE);
