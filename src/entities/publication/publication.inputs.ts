import { Field, ID, InputType } from 'type-graphql';
import { MaxLength, ValidateNested } from 'class-validator';
import { PublicationKind } from '../../graphql/enums';
import { PublicationPresenceWhere } from './publication.presence';
import { IsCountryCode } from '../../graphql/validators';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { YearFilter } from '../../graphql/filter-fields';

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

  @YearFilter('Published in this year or later.')
  yearFrom?: number | null;

  @YearFilter('Published in this year or earlier.', { notBefore: 'yearFrom' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Published by this organisation.' })
  publishedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'About or analysing this topic.' })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'Analyses this country (ISO alpha-2).' })
  @IsCountryCode()
  analysesCountryCode?: string | null;
}
