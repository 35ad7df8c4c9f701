import { ArgsType, Field, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, Max, Min } from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits';
import { IsCountryCode, IsNotBefore } from '../../graphql/validators';
import { CoOccurrenceSubject, OrganisationActivity, StatsDimension, StatsMeasure } from './stats.types';

@ArgsType()
export class YearRangeArgs {
  @Field(() => Int, { nullable: true, description: 'First year included.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year included.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  @IsNotBefore('yearFrom')
  yearTo?: number | null;
}

@ArgsType()
export class SeriesArgs extends YearRangeArgs {
  @Field(() => StatsMeasure) measure!: StatsMeasure;

  @Field(() => [String], { nullable: true, description: 'Only items in these countries (ISO alpha-2).' })
  @IsCountryCode({ each: true })
  @ArrayMaxSize(300)
  countryCodes?: string[] | null;
}

@ArgsType()
export class CountsArgs extends SeriesArgs {
  @Field(() => [StatsDimension], { description: 'Dimensions to group by: one, two or all three (a cross-tab).' })
  @ArrayMinSize(1)
  @ArrayUnique()
  groupBy!: StatsDimension[];
}

@ArgsType()
export class TopOrganisationsArgs extends YearRangeArgs {
  @Field(() => OrganisationActivity, { defaultValue: OrganisationActivity.ANY }) activity!: OrganisationActivity;
  @Field(() => Int, { defaultValue: 10 }) @Min(1) @Max(100) first!: number;
}

@ArgsType()
export class CoOccurrenceArgs extends YearRangeArgs {
  @Field(() => CoOccurrenceSubject) of!: CoOccurrenceSubject;
  @Field(() => Int, { defaultValue: 20 }) @Min(1) @Max(100) first!: number;
}
