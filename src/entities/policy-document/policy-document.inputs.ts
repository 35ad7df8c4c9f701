import { Field, ID, InputType } from 'type-graphql';
import { MaxLength, ValidateNested } from 'class-validator';
import { PolicyDocumentKind } from '../../graphql/enums';
import { PolicyDocumentPresenceWhere } from './policy-document.presence';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { YearFilter } from '../../graphql/filter-fields';

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

  @YearFilter('Adopted in this year or later.')
  yearFrom?: number | null;

  @YearFilter('Adopted in this year or earlier.', { notBefore: 'yearFrom' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Adopted by this organisation.' })
  adoptedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'About this topic.' })
  topic?: string | null;

  @YearFilter(
    'Adopted by this year (in it or before; documents without a year are not counted). The data records no repeals.',
  )
  activeIn?: number | null;
}
