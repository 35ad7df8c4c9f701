import { ArgsType, Field, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { MAX_SEARCH_RESULTS, MAX_SEARCH_TERMS, searchWordCount } from './lucene-query';
import { EntityTypeName } from './search.types';

/**
 * class-validator: a search text of at most MAX_SEARCH_TERMS distinct words. More are refused rather than cut: a
 * 17th word left out may be the one that finds anything (found by a new user's trial, 2026-12-07: 16 stray words
 * before "Cedefop" answered an empty list). The message gives the count, never the text.
 */
function HasAtMostSearchWords(): PropertyDecorator {
  return ValidateBy({
    name: 'hasAtMostSearchWords',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || searchWordCount(value) <= MAX_SEARCH_TERMS,
      defaultMessage: (args) =>
        `${args?.property} must have at most ${MAX_SEARCH_TERMS} distinct words (it has ${searchWordCount(String(args?.value))}); leave out the others`,
    },
  });
}

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      'Plain words, at most 16 distinct ones; any text is safe (operators and punctuation only separate words).',
  })
  @MaxLength(10_000)
  @HasAtMostSearchWords()
  query!: string;

  @Field(() => [EntityTypeName], {
    nullable: true,
    description: 'Only these entity types (default: all); an empty list is refused.',
  })
  @ArrayMinSize(1, { message: 'types must list at least one type, or be left out for all' })
  @ArrayMaxSize(10)
  types?: EntityTypeName[] | null;

  @Field(() => Int, { defaultValue: 20, description: `Number of results, 0 to ${MAX_SEARCH_RESULTS}.` })
  @Min(0)
  @Max(MAX_SEARCH_RESULTS)
  first!: number;
}
