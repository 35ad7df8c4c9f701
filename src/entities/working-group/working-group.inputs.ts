import { Field, InputType } from 'type-graphql';
import { MaxLength, ValidateNested } from 'class-validator';
import { WorkingGroupPresenceWhere } from './working-group.presence';
import { YearFilter } from '../../graphql/filter-fields';

@InputType({ description: 'Filters on workingGroups; fields are ANDed.' })
export class WorkingGroupWhere extends WorkingGroupPresenceWhere {
  @Field(() => [WorkingGroupWhere], { nullable: true }) @ValidateNested({ each: true }) AND?:
    WorkingGroupWhere[] | null;
  @Field(() => [WorkingGroupWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: WorkingGroupWhere[] | null;
  @Field(() => WorkingGroupWhere, { nullable: true }) @ValidateNested() NOT?: WorkingGroupWhere | null;

  @YearFilter('Active in this year or later.')
  yearFrom?: number | null;

  @YearFilter('Active in this year or earlier (started by then).', { notBefore: 'yearFrom' })
  yearTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Framework contains this text (case-insensitive).' })
  @MaxLength(200)
  frameworkContains?: string | null;

  @YearFilter(
    'Active in this year: its span from startYear to endYear includes it (a missing year is open; a group with neither year is not counted).',
  )
  activeIn?: number | null;
}
