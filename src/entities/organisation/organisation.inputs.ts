import { Field, ID, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { OrganisationKind } from '../../graphql/enums';
import { OrganisationPresenceWhere } from './organisation.presence';
import { YearFilter, CountryCodeFilter, CountryCodesFilter } from '../../graphql/filter-fields';

@InputType({ description: 'Filters on organisations; fields are ANDed.' })
export class OrganisationWhere extends OrganisationPresenceWhere {
  @Field(() => [OrganisationWhere], { nullable: true }) @ValidateNested({ each: true }) AND?:
    OrganisationWhere[] | null;
  @Field(() => [OrganisationWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: OrganisationWhere[] | null;
  @Field(() => OrganisationWhere, { nullable: true }) @ValidateNested() NOT?: OrganisationWhere | null;

  @Field(() => [OrganisationKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OrganisationKind[] | null;

  @CountryCodeFilter('Seated in this country (ISO alpha-2).')
  countryCode?: string | null;

  @CountryCodesFilter('Seated in any of these countries (ISO alpha-2).')
  countryCodes?: string[] | null;

  @YearFilter('Founded in this year or later.')
  yearFrom?: number | null;

  @YearFilter('Founded in this year or earlier.', { notBefore: 'yearFrom' })
  yearTo?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Member of this organisation or working group (in the `asOf` year when given).',
  })
  memberOf?: string | null;

  @YearFilter(
    'The year in which memberOf and the seat (countryCode, countryCodes) must hold (since/until at their precision; a missing one is open).',
  )
  asOf?: number | null;
}
