import { ClassType, InputType } from 'type-graphql';
import { CountryCodeFilter, CountryCodesFilter, EnumValuesFilter } from '../../graphql/filter-fields';
import { LogicalWhere } from '../../graphql/entity-where';
import { PlaceKind } from '../../graphql/enums';
import { PlacePresenceWhere } from './place.presence';

@InputType({ description: 'Filters on places; fields are ANDed.' })
export class PlaceWhere extends LogicalWhere(PlacePresenceWhere, (): ClassType => PlaceWhere) {
  @EnumValuesFilter(PlaceKind)
  kinds?: PlaceKind[] | null;

  @CountryCodeFilter('In this country (ISO alpha-2).')
  countryCode?: string | null;

  @CountryCodesFilter('In any of these countries (ISO alpha-2).')
  countryCodes?: string[] | null;
}
