import { Field, ID, InputType, Int } from 'type-graphql';
import { Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PublicationKind } from '../../graphql/enums';
import { PublicationPresenceWhere } from './publication.presence';
import { IsCountryCode, IsNotBefore } from '../../graphql/validators';
import { MAX_NAME_LENGTH, MAX_YEAR, MIN_YEAR } from '../../domain/limits';

@InputType({ description: 'Filters on publications; fields are ANDed.' })
export class PublicationWhere extends PublicationPresenceWhere {
  @Field(() => [PublicationWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: PublicationWhere[] | null;
  @Field(() => [PublicationWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: PublicationWhere[] | null;
  @Field(() => PublicationWhere, { nullable: true }) @ValidateNested() NOT?: PublicationWhere | null;

  @Field(() => String, { nullable: true, description: 'Title contains this text, ignoring case and accents.' })
  @MaxLength(MAX_NAME_LENGTH)
  titleContains?: string | null;

  @Field(() => [PublicationKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: PublicationKind[] | null;

  @Field(() => Int, { nullable: true, description: 'Published in this year or later.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Published in this year or earlier.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  @IsNotBefore('yearFrom')
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Published by this organisation.' })
  publishedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'About or analysing this topic.' })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'Analyses this country (ISO alpha-2).' })
  @IsCountryCode()
  analysesCountryCode?: string | null;
}
