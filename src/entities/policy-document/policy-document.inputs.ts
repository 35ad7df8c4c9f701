import { Field, ID, InputType, Int } from 'type-graphql';
import { Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PolicyDocumentKind } from '../../graphql/enums';
import { PolicyDocumentPresenceWhere } from './policy-document.presence';
import { IsNotBefore } from '../../graphql/validators';
import { MAX_NAME_LENGTH, MAX_YEAR, MIN_YEAR } from '../../domain/limits';

@InputType({ description: 'Filters on policyDocuments; fields are ANDed.' })
export class PolicyDocumentWhere extends PolicyDocumentPresenceWhere {
  @Field(() => [PolicyDocumentWhere], { nullable: true }) @ValidateNested({ each: true }) AND?:
    PolicyDocumentWhere[] | null;
  @Field(() => [PolicyDocumentWhere], { nullable: true }) @ValidateNested({ each: true }) OR?:
    PolicyDocumentWhere[] | null;
  @Field(() => PolicyDocumentWhere, { nullable: true }) @ValidateNested() NOT?: PolicyDocumentWhere | null;

  @Field(() => String, { nullable: true, description: 'Title contains this text, ignoring case and accents.' })
  @MaxLength(MAX_NAME_LENGTH)
  titleContains?: string | null;

  @Field(() => [PolicyDocumentKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: PolicyDocumentKind[] | null;

  @Field(() => Int, { nullable: true, description: 'Adopted in this year or later.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Adopted in this year or earlier.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  @IsNotBefore('yearFrom')
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Adopted by this organisation.' })
  adoptedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'About this topic.' })
  topic?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Adopted by this year (in it or before; documents without a year are not counted). The data records no repeals.',
  })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  activeIn?: number | null;
}
