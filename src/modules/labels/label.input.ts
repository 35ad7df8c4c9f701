import { Field, InputType } from 'type-graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LANGUAGE_TAG } from '../../domain/labels';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { IsSource } from '../import/import.records';

/**
 * A name of an entity in one language, as the write mutations take it (issue 16: "mutations take labels"). The same
 * rules as the importer's `labels` (modules/import/import.labels.ts): a BCP 47 tag, a one-line name within the name
 * limit, an optional http(s) or seed: source.
 */
@InputType('LabelInput', { description: 'A name in one language: `{lang: "fr", value: "Bruges", source: "https://..."}`.' })
export class LabelInput {
  @Field({ description: 'BCP 47 language tag, e.g. "fr", "pt-BR" (stored lower case).' })
  @IsString()
  @MaxLength(35)
  @Matches(LANGUAGE_TAG, { message: '$property must be a BCP 47 language tag such as "fr" or "pt-BR"' })
  lang!: string;

  @Field({ description: 'The name in that language (one line).' })
  @IsString()
  @MaxLength(MAX_NAME_LENGTH)
  @Matches(/[^\s\p{Cf}]/u, { message: '$property must not be blank' })
  @Matches(/^[^\p{Cc}\u2028\u2029]*$/u, { message: '$property must be one line of text (no line breaks, tabs or other control characters)' })
  value!: string;

  @Field(() => String, { nullable: true, description: 'Where it was read: an http(s) URL or `seed:<file>`.' })
  @IsOptional()
  @IsSource()
  source?: string | null;
}
