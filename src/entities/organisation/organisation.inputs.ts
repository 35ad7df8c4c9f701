import { ClassType, InputType } from 'type-graphql';
import {
  CountryCodeFilter,
  CountryCodesFilter,
  EnumValuesFilter,
  IdFilter,
  YearFilter,
} from '../../graphql/filter-fields';
import { LogicalWhere } from '../../graphql/entity-where';
import { OrganisationKind } from '../../graphql/enums';
import { OrganisationPresenceWhere } from './organisation.presence';

@InputType({ description: 'Filters on organisations; fields are ANDed.' })
export class OrganisationWhere extends LogicalWhere(OrganisationPresenceWhere, (): ClassType => OrganisationWhere) {
  @EnumValuesFilter(OrganisationKind)
  kinds?: OrganisationKind[] | null;

  @CountryCodeFilter('Seated in this country (ISO alpha-2).')
  countryCode?: string | null;

  @CountryCodesFilter('Seated in any of these countries (ISO alpha-2).')
  countryCodes?: string[] | null;

  @YearFilter('Founded in this year or later.')
  yearFrom?: number | null;

  @YearFilter('Founded in this year or earlier.', { notBefore: 'yearFrom' })
  yearTo?: number | null;

  @IdFilter('Member of this organisation or working group (in the `asOf` year when given).')
  memberOf?: string | null;

  @YearFilter(
    'The year in which memberOf and the seat (countryCode, countryCodes) must hold (since/until at their precision; a missing one is open).',
  )
  asOf?: number | null;
}
