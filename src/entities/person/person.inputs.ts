import { Field, ID, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { EntityWhere } from '../../graphql/entity-where';

@InputType({ description: 'Filters on people; fields are ANDed.' })
export class PersonWhere extends EntityWhere {
  @Field(() => [PersonWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: PersonWhere[] | null;
  @Field(() => [PersonWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: PersonWhere[] | null;
  @Field(() => PersonWhere, { nullable: true }) @ValidateNested() NOT?: PersonWhere | null;

  @Field(() => ID, { nullable: true, description: 'Works for this organisation.' })
  worksFor?: string | null;
}
