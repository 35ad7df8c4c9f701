import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, Max, Min, ValidateNested } from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits';
import { EntityWhere } from '../../graphql/entity-where';
import { IsCountryCode } from '../../graphql/validators';

@InputType({ description: 'Filters on countries; fields are ANDed.' })
export class CountryWhere extends EntityWhere {
  @Field(() => [CountryWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: CountryWhere[] | null;
  @Field(() => [CountryWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: CountryWhere[] | null;
  @Field(() => CountryWhere, { nullable: true }) @ValidateNested() NOT?: CountryWhere | null;

  @Field(() => [String], { nullable: true, description: 'ISO alpha-2 codes (any case).' })
  @IsCountryCode({ each: true })
  @ArrayMaxSize(300)
  codes?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Member of this organisation or working group (in the `asOf` year when given).',
  })
  memberOf?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The year in which memberOf must hold (since/until at their precision; a missing one is open).',
  })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  asOf?: number | null;
}
