import { Field, InputType, Int } from 'type-graphql';
import { Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { WorkingGroupPresenceWhere } from './working-group.presence';
import { IsNotBefore } from '../../graphql/validators';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits';

@InputType({ description: 'Filters on workingGroups; fields are ANDed.' })
export class WorkingGroupWhere extends WorkingGroupPresenceWhere {
  @Field(() => [WorkingGroupWhere], { nullable: true }) @ValidateNested({ each: true }) AND?:
    WorkingGroupWhere[] | null;
  @Field(() => [WorkingGroupWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: WorkingGroupWhere[] | null;
  @Field(() => WorkingGroupWhere, { nullable: true }) @ValidateNested() NOT?: WorkingGroupWhere | null;

  @Field(() => Int, { nullable: true, description: 'Active in this year or later.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Active in this year or earlier (started by then).' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  @IsNotBefore('yearFrom')
  yearTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Framework contains this text (case-insensitive).' })
  @MaxLength(200)
  frameworkContains?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Active in this year: its span from startYear to endYear includes it (a missing year is open; a group with neither year is not counted).',
  })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  activeIn?: number | null;
}
