import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, Max, Min, ValidateNested } from 'class-validator';
import { OrganisationKind } from '../../graphql/enums';
import { OrganisationPresenceWhere } from './organisation.presence';
import { IsCountryCode, IsNotBefore, IsNotCombinedWith } from '../../graphql/validators';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits';

@InputType({ description: 'Filters on organisations; fields are ANDed.' })
export class OrganisationWhere extends OrganisationPresenceWhere {
  @Field(() => [OrganisationWhere], { nullable: true }) @ValidateNested({ each: true }) AND?:
    OrganisationWhere[] | null;
  @Field(() => [OrganisationWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: OrganisationWhere[] | null;
  @Field(() => OrganisationWhere, { nullable: true }) @ValidateNested() NOT?: OrganisationWhere | null;

  @Field(() => [OrganisationKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OrganisationKind[] | null;

  @Field(() => String, { nullable: true, description: 'Seated in this country (ISO alpha-2).' })
  @IsCountryCode()
  @IsNotCombinedWith('countryCodes')
  countryCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Seated in any of these countries (ISO alpha-2).' })
  @IsCountryCode({ each: true })
  @ArrayMaxSize(300)
  countryCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Founded in this year or later.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Founded in this year or earlier.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  @IsNotBefore('yearFrom')
  yearTo?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Member of this organisation or working group (in the `asOf` year when given).',
  })
  memberOf?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The year in which memberOf and the seat (countryCode, countryCodes) must hold (since/until at their precision; a missing one is open).',
  })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  asOf?: number | null;
}
