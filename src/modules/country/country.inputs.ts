import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { EntityWhere } from '../../graphql/entity-where';
import { OrderDirection, PageArgs } from '../../graphql/connection.args';
import { IsCountryCode } from '../../graphql/validators';

@InputType({ description: 'Filters on countries; fields are ANDed.' })
export class CountryWhere extends EntityWhere {
  @Field(() => [CountryWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: CountryWhere[] | null;
  @Field(() => [CountryWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: CountryWhere[] | null;
  @Field(() => CountryWhere, { nullable: true }) @ValidateNested() NOT?: CountryWhere | null;

  @Field(() => [String], { nullable: true, description: 'ISO alpha-2 codes (any case).' })
  @IsCountryCode({ each: true }) @ArrayMaxSize(300)
  codes?: string[] | null;
}

export enum CountryOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
}
registerEnumType(CountryOrderField, { name: 'CountryOrderField' });

@InputType({ description: 'Order of countries; ties are broken by id.' })
export class CountryOrder {
  @Field(() => CountryOrderField) field!: CountryOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

@ArgsType()
export class CountryConnectionArgs extends PageArgs {
  @Field(() => CountryWhere, { nullable: true }) @ValidateNested() where?: CountryWhere | null;
  @Field(() => CountryOrder, { nullable: true, description: 'Default: NAME ascending.' }) orderBy?: CountryOrder | null;
}
