import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { PlaceKind } from '../../graphql/enums';
import { PlacePresenceWhere } from './place.presence';
import { IsCountryCode, IsNotCombinedWith } from '../../graphql/validators';

@InputType({ description: 'Filters on places; fields are ANDed.' })
export class PlaceWhere extends PlacePresenceWhere {
  @Field(() => [PlaceWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: PlaceWhere[] | null;
  @Field(() => [PlaceWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: PlaceWhere[] | null;
  @Field(() => PlaceWhere, { nullable: true }) @ValidateNested() NOT?: PlaceWhere | null;

  @Field(() => [PlaceKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: PlaceKind[] | null;

  @Field(() => String, { nullable: true, description: 'In this country (ISO alpha-2).' })
  @IsCountryCode()
  @IsNotCombinedWith('countryCodes')
  countryCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'In any of these countries (ISO alpha-2).' })
  @IsCountryCode({ each: true })
  @ArrayMaxSize(300)
  countryCodes?: string[] | null;
}
