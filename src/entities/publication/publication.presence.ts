import { knownField, presenceFilters, presenceWhere } from '../../graphql/where-input';

/** Missing-value filters on publications (issue 16), each with its compiler; PublicationWhere extends them. */
const PUBLICATION_PRESENCE = { hasYear: knownField('the year', 'year') };

export const PublicationPresenceWhere = presenceWhere(PUBLICATION_PRESENCE);
export const PUBLICATION_PRESENCE_FILTERS = presenceFilters(PUBLICATION_PRESENCE);
