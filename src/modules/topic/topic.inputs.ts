import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { EntityWhere } from '../../graphql/entity-where';
import { OrderDirection, PageArgs } from '../../graphql/connection.args';

@InputType({ description: 'Filters on topics; fields are ANDed.' })
export class TopicWhere extends EntityWhere {
  @Field(() => [TopicWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: TopicWhere[] | null;
  @Field(() => [TopicWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: TopicWhere[] | null;
  @Field(() => TopicWhere, { nullable: true }) @ValidateNested() NOT?: TopicWhere | null;
}

export enum TopicOrderField {
  NAME = 'NAME',
}
registerEnumType(TopicOrderField, { name: 'TopicOrderField' });

@InputType({ description: 'Order of topics; ties are broken by id.' })
export class TopicOrder {
  @Field(() => TopicOrderField) field!: TopicOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

@ArgsType()
export class TopicConnectionArgs extends PageArgs {
  @Field(() => TopicWhere, { nullable: true }) @ValidateNested() where?: TopicWhere | null;
  @Field(() => TopicOrder, { nullable: true, description: 'Default: NAME ascending.' }) orderBy?: TopicOrder | null;
}
