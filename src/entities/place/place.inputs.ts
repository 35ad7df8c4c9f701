import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { PlaceKind } from '../../graphql/enums';
import { PlacePresenceWhere } from './place.presence';
import { CountryCodeFilter, CountryCodesFilter } from '../../graphql/filter-fields';

@InputType({ description: 'Filters on places; fields are ANDed.' })
export class PlaceWhere extends PlacePresenceWhere {
  @Field(() => [PlaceWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: PlaceWhere[] | null;
  @Field(() => [PlaceWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: PlaceWhere[] | null;
  @Field(() => PlaceWhere, { nullable: true }) @ValidateNested() NOT?: PlaceWhere | null;

  @Field(() => [PlaceKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: PlaceKind[] | null;

  @CountryCodeFilter('In this country (ISO alpha-2).')
  countryCode?: string | null;

  @CountryCodesFilter('In any of these countries (ISO alpha-2).')
  countryCodes?: string[] | null;
}
