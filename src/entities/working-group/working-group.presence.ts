import { knownField, presenceFilters, presenceWhere } from '../../graphql/where-input';

/** Missing-value filters on working groups (issue 16), each with its compiler; WorkingGroupWhere extends them. */
const WORKING_GROUP_PRESENCE = { hasYear: knownField('the start year', 'startYear') };

export const WorkingGroupPresenceWhere = presenceWhere(WORKING_GROUP_PRESENCE);
export const WORKING_GROUP_PRESENCE_FILTERS = presenceFilters(WORKING_GROUP_PRESENCE);
