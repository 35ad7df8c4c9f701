import { knownField, presenceField, presenceFilters, presenceWhere } from '../../graphql/where-input';
import { presence } from '../../graph/presence-filters';

/**
 * Missing-value filters on organisations (issue 16), each with its compiler (the seat rule of organisation.seat.ts).
 */
const ORGANISATION_PRESENCE = {
  hasCountry: presenceField(
    'true: seated in a known country (stated, or its current location), as countryCode finds it; false: none known.',
    presence(
      (node) =>
        `(${node}.countryCode IS NOT NULL OR EXISTS { MATCH ` +
        `(${node})-[seat:LOCATED_IN]->()-[:LOCATED_IN*0..2]->(:Country) WHERE seat.until IS NULL })`,
    ),
  ),
  hasYear: knownField('the founding year', 'founded'),
};

export const OrganisationPresenceWhere = presenceWhere(ORGANISATION_PRESENCE);
export const ORGANISATION_PRESENCE_FILTERS = presenceFilters(ORGANISATION_PRESENCE);
