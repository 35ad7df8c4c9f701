import { knownField, presenceField, presenceFilters, presenceWhere } from '../../graphql/where-input';
import { hasPath } from '../../graph/presence-filters';

/** Missing-value filters on competence standards (issue 16), each with its compiler (the country filter's path). */
const COMPETENCE_STANDARD_PRESENCE = {
  hasCountry: presenceField(
    'true: applies in a known country (APPLIES_IN), as countryCode finds it; false: none known.',
    hasPath((node) => `(${node})-[:APPLIES_IN]->(:Country)`),
  ),
  hasYear: knownField('the year', 'year'),
  hasLevel: knownField('the level', 'level'),
};

export const CompetenceStandardPresenceWhere = presenceWhere(COMPETENCE_STANDARD_PRESENCE);
export const COMPETENCE_STANDARD_PRESENCE_FILTERS = presenceFilters(COMPETENCE_STANDARD_PRESENCE);
