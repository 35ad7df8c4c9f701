import { Field, ID, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { EntityWhere } from '../../graphql/entity-where';
import { YearFilter, CountryCodesFilter } from '../../graphql/filter-fields';

@InputType({ description: 'Filters on countries; fields are ANDed.' })
export class CountryWhere extends EntityWhere {
  @Field(() => [CountryWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: CountryWhere[] | null;
  @Field(() => [CountryWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: CountryWhere[] | null;
  @Field(() => CountryWhere, { nullable: true }) @ValidateNested() NOT?: CountryWhere | null;

  @CountryCodesFilter('ISO alpha-2 codes (any case).')
  codes?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Member of this organisation or working group (in the `asOf` year when given).',
  })
  memberOf?: string | null;

  @YearFilter('The year in which memberOf must hold (since/until at their precision; a missing one is open).')
  asOf?: number | null;
}
