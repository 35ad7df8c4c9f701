import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { PlaceKind } from '../../graphql/enums';
import { PlacePresenceWhere } from './place.presence';
import { OrderDirection, PageArgs } from '../../graphql/connection.args';
import { IsCountryCode, IsNotCombinedWith } from '../../graphql/validators';

@InputType({ description: 'Filters on places; fields are ANDed.' })
export class PlaceWhere extends PlacePresenceWhere {
  @Field(() => [PlaceWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: PlaceWhere[] | null;
  @Field(() => [PlaceWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: PlaceWhere[] | null;
  @Field(() => PlaceWhere, { nullable: true }) @ValidateNested() NOT?: PlaceWhere | null;

  @Field(() => [PlaceKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: PlaceKind[] | null;

  @Field(() => String, { nullable: true, description: 'In this country (ISO alpha-2).' })
  @IsCountryCode() @IsNotCombinedWith('countryCodes')
  countryCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'In any of these countries (ISO alpha-2).' })
  @IsCountryCode({ each: true }) @ArrayMaxSize(300)
  countryCodes?: string[] | null;
}

export enum PlaceOrderField {
  NAME = 'NAME',
}
registerEnumType(PlaceOrderField, { name: 'PlaceOrderField' });

@InputType({ description: 'Order of places; ties are broken by id.' })
export class PlaceOrder {
  @Field(() => PlaceOrderField) field!: PlaceOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

@ArgsType()
export class PlaceConnectionArgs extends PageArgs {
  @Field(() => PlaceWhere, { nullable: true }) @ValidateNested() where?: PlaceWhere | null;
  @Field(() => PlaceOrder, { nullable: true, description: 'Default: NAME ascending.' }) orderBy?: PlaceOrder | null;
}
