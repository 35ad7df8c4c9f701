import { defineEntity, sortOn } from '../../graph/define-entity';
import { atMost } from '../../graph/common-filters';
import { spanActiveIn } from '../../graph/as-of-filters';
import { WorkingGroupWhere } from './working-group.inputs';
import { WORKING_GROUP_PRESENCE_FILTERS } from './working-group.presence';
import { WORKING_GROUP_PROPERTIES } from './working-group.type';

/** How workingGroups are stored, ordered and filtered (see EntityDefinition). */
export const WORKING_GROUP = defineEntity<WorkingGroupWhere>('WorkingGroup', WORKING_GROUP_PROPERTIES, {
  sortKeys: { NAME: sortOn('searchKey'), START_YEAR: sortOn('startYear', 'number') },
  filters: {
    ...WORKING_GROUP_PRESENCE_FILTERS,
    yearFrom: (year, node, params) => `coalesce(${node}.endYear, ${node}.startYear) >= ${params.add(year)}`,
    yearTo: atMost('startYear'),
    frameworkContains: (text, node, params) => `toLower(${node}.framework) CONTAINS ${params.add(text.toLowerCase())}`,
    activeIn: spanActiveIn,
  },
});
