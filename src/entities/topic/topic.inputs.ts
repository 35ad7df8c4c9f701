import { Field, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { EntityWhere } from '../../graphql/entity-where';

@InputType({ description: 'Filters on topics; fields are ANDed.' })
export class TopicWhere extends EntityWhere {
  @Field(() => [TopicWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: TopicWhere[] | null;
  @Field(() => [TopicWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: TopicWhere[] | null;
  @Field(() => TopicWhere, { nullable: true }) @ValidateNested() NOT?: TopicWhere | null;
}
