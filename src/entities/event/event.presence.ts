import { knownField, presenceField, presenceFilters, presenceWhere } from '../../graphql/where-input';
import { hasPath, hasProperty } from '../../graph/presence-filters';

/** Missing-value filters on events (issue 16), each with its compiler (the paths of the country and host filters). */
const EVENT_PRESENCE = {
  hasCountry: presenceField(
    'true: held in a known country (directly or through its place), as countryCode finds it; false: no country known.',
    hasPath((node) => `(${node})-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(:Country)`),
  ),
  hasDate: knownField('the start date', 'startDate'),
  hasYear: presenceField(
    'true: the year is known (from the start date or stated); false: it is not.',
    hasProperty('year'),
  ),
  hasHost: presenceField(
    'true: hosted by an organisation (HOSTED_BY); false: no host known.',
    hasPath((node) => `(${node})-[:HOSTED_BY]->(:Organisation)`),
  ),
};

export const EventPresenceWhere = presenceWhere(EVENT_PRESENCE);
export const EVENT_PRESENCE_FILTERS = presenceFilters(EVENT_PRESENCE);
