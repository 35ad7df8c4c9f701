import { ArrayMaxSize, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, Int } from 'type-graphql';
import { MAX_YEAR, MIN_YEAR } from '../domain/limits';
import { IsCountryCode, IsNotBefore, IsNotCombinedWith } from './validators';

/*
 * Field decorators of the `where` inputs that several entity types share, each bundling the GraphQL field with its
 * class-validator rules (as pipelines/write/write-fields.ts does for the write inputs), so a rule is the same on every
 * type. Every filter is optional: validate-args.ts skips missing values.
 */

/** Applies decorators as the compiler does when they are stacked on a property: the last one first. */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => [...decorators].reverse().forEach((decorate) => decorate(target, key));
}

/** Countries at most in one `countryCodes` list (about twice the ISO 3166-1 codes). */
const MAX_COUNTRY_CODES = 300;

/**
 * A year in MIN_YEAR..MAX_YEAR (`yearFrom`, `activeIn`, `asOf`); `notBefore` names a year filter it may not precede.
 */
export function YearFilter(description: string, rules: { notBefore?: string } = {}): PropertyDecorator {
  return stacked(
    Field(() => Int, { nullable: true, description }),
    Min(MIN_YEAR),
    Max(MAX_YEAR),
    ...(rules.notBefore ? [IsNotBefore(rules.notBefore)] : []),
  );
}

/** One ISO 3166-1 alpha-2 code; not together with `countryCodes` (which says the same for several). */
export function CountryCodeFilter(description: string): PropertyDecorator {
  return stacked(
    Field(() => String, { nullable: true, description }),
    IsCountryCode(),
    IsNotCombinedWith('countryCodes'),
  );
}

/** A list of ISO 3166-1 alpha-2 codes, any of which matches. */
export function CountryCodesFilter(description: string): PropertyDecorator {
  return stacked(
    Field(() => [String], { nullable: true, description }),
    IsCountryCode({ each: true }),
    ArrayMaxSize(MAX_COUNTRY_CODES),
  );
}

/** Any of these enum values (`kinds`, `levels`). */
export function EnumValuesFilter(values: object, description = 'Any of these kinds.'): PropertyDecorator {
  return Field(() => [values], { nullable: true, description });
}

/** The id of an entity the filtered one is linked to (`hostedBy`, `topic`). */
export function IdFilter(description: string): PropertyDecorator {
  return Field(() => ID, { nullable: true, description });
}

/** A piece of text a property must contain (`titleContains`), of at most `max` characters. */
export function ContainsFilter(description: string, max: number): PropertyDecorator {
  return stacked(
    Field(() => String, { nullable: true, description }),
    MaxLength(max),
  );
}
