import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A stretch of the ingested text (after HTML is reduced to text): UTF-16 offsets, end exclusive.',
})
export class TextSpan {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field() text!: string;
}
