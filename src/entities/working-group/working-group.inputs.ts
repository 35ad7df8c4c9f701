import { field, whereInput } from '../../graphql/where-input';
import { WorkingGroupPresenceWhere } from './working-group.presence';

/** Filters on working groups. */
export const WorkingGroupWhere = whereInput(
  'WorkingGroupWhere',
  'Filters on workingGroups; fields are ANDed.',
  WorkingGroupPresenceWhere,
  {
    ...field.yearRange('Active', 'earlier (started by then)'),
    frameworkContains: field.contains('Framework contains this text (case-insensitive).', 200),
    activeIn: field.year(
      'Active in this year: its span from startYear to endYear includes it (a missing year is open; a group with ' +
        'neither year is not counted).',
    ),
  },
);
export type WorkingGroupWhere = InstanceType<typeof WorkingGroupWhere>;
