import { ClassType, InputType } from 'type-graphql';
import { ContainsFilter, YearFilter } from '../../graphql/filter-fields';
import { LogicalWhere } from '../../graphql/entity-where';
import { WorkingGroupPresenceWhere } from './working-group.presence';

@InputType({ description: 'Filters on workingGroups; fields are ANDed.' })
export class WorkingGroupWhere extends LogicalWhere(WorkingGroupPresenceWhere, (): ClassType => WorkingGroupWhere) {
  @YearFilter('Active in this year or later.')
  yearFrom?: number | null;

  @YearFilter('Active in this year or earlier (started by then).', { notBefore: 'yearFrom' })
  yearTo?: number | null;

  @ContainsFilter('Framework contains this text (case-insensitive).', 200)
  frameworkContains?: string | null;

  @YearFilter(
    'Active in this year: its span from startYear to endYear includes it (a missing year is open; a group with neither year is not counted).',
  )
  activeIn?: number | null;
}
