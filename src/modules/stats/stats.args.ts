import { ArgsType, Field, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits';
import { IsNotBefore } from '../../graphql/validators';

@ArgsType()
export class YearRangeArgs {
  @Field(() => Int, { nullable: true, description: 'First year included.' })
  @Min(MIN_YEAR) @Max(MAX_YEAR)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year included.' })
  @Min(MIN_YEAR) @Max(MAX_YEAR) @IsNotBefore('yearFrom')
  yearTo?: number | null;
}
