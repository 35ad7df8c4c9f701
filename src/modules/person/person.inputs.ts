import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { EntityWhere } from '../../graphql/entity-where';
import { OrderDirection, PageArgs } from '../../graphql/connection.args';

@InputType({ description: 'Filters on people; fields are ANDed.' })
export class PersonWhere extends EntityWhere {
  @Field(() => [PersonWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: PersonWhere[] | null;
  @Field(() => [PersonWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: PersonWhere[] | null;
  @Field(() => PersonWhere, { nullable: true }) @ValidateNested() NOT?: PersonWhere | null;

  @Field(() => ID, { nullable: true, description: 'Works for this organisation.' })
  worksFor?: string | null;
}

export enum PersonOrderField {
  NAME = 'NAME',
}
registerEnumType(PersonOrderField, { name: 'PersonOrderField' });

@InputType({ description: 'Order of people; ties are broken by id.' })
export class PersonOrder {
  @Field(() => PersonOrderField) field!: PersonOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

@ArgsType()
export class PersonConnectionArgs extends PageArgs {
  @Field(() => PersonWhere, { nullable: true }) @ValidateNested() where?: PersonWhere | null;
  @Field(() => PersonOrder, { nullable: true, description: 'Default: NAME ascending.' }) orderBy?: PersonOrder | null;
}
