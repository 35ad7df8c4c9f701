import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsISBN,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_LABELS } from '../import/import.labels';
import { LANGUAGE_TAG } from '../../domain/labels';
import { EntityType } from '../../domain/entity-types';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_YEAR, MIN_YEAR } from '../../domain/limits';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { IsCountryCode, IsNotBefore, IsNotBeforeInstant } from '../../graphql/validators';
import { IsSource } from '../import/import.records';
import {
  IsAttributes,
  IsDateInYearRange,
  IsEntityId,
  IsLocalDateOf,
  IsYearOf,
  MAX_LIST_ITEMS,
  MAX_URL_LENGTH,
} from './write.validators';

/*
 * Field decorators of the write inputs: each bundles the GraphQL field and its class-validator rules, so the ten
 * entity modules state their fields in one line each and every rule (lengths, ranges, codes, dates) is the same
 * everywhere. Optional fields are nullable: left out keeps the stored value, null removes it (updates).
 */

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** The client-chosen id of a new entity, `<prefix>:<kebab-case>` of `type`; made from the name when left out. */
export function IdField(type: EntityType, example: string): PropertyDecorator {
  return compose(
    Field(() => ID, {
      nullable: true,
      description: `Id to give it, e.g. \`${example}\`; made from the name when left out. CONFLICT when taken.`,
    }),
    IsOptional(),
    IsEntityId(type),
  );
}

/**
 * The display name or title: required text of at most MAX_NAME_LENGTH characters (F10), on one line, with something
 * visible in it (not only spaces or invisible format characters such as U+200B, zero width space).
 */
export function NameField(description: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: options.nullable, description }),
    IsString(),
    Matches(VISIBLE, { message: '$property must not be blank' }),
    Matches(ONE_LINE, {
      message: '$property must be one line of text (no line breaks, tabs or other control characters)',
    }),
    MaxLength(MAX_NAME_LENGTH),
  );
}

/** Holds a character that is neither white space nor an invisible format character (Unicode Cf). */
const VISIBLE = /[^\s\p{Cf}]/u;

/** Holds no line break, tab or other control character. */
const ONE_LINE = /^[^\p{Cc}\u2028\u2029]*$/u;

/** Optional text of at most `max` characters. */
export function TextField(description: string, max: number = MAX_TEXT_LENGTH): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );
}

/** Optional list of names (alternative names). */
export function NameListField(description: string): PropertyDecorator {
  return compose(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(MAX_LIST_ITEMS),
    IsString({ each: true }),
    Matches(VISIBLE, { each: true, message: 'each of $property must not be blank' }),
    Matches(ONE_LINE, {
      each: true,
      message: 'each of $property must be one line of text (no line breaks, tabs or other control characters)',
    }),
    MaxLength(MAX_NAME_LENGTH, { each: true }),
  );
}

/** Optional value of a registered GraphQL enum (keys equal values, so what is read can be sent back; F9). */
export function EnumField(enumType: object, description: string): PropertyDecorator {
  return compose(
    Field(() => enumType, { nullable: true, description }),
    IsOptional(),
    IsEnum(enumType),
  );
}

/**
 * Optional year in MIN_YEAR..MAX_YEAR; `notBefore` names a year field it must not precede, `yearOf` the dates or
 * instants whose year it must match.
 */
export function YearField(
  description: string,
  rules: { notBefore?: string; yearOf?: readonly string[] } = {},
): PropertyDecorator {
  return compose(
    Field(() => Int, { nullable: true, description }),
    IsOptional(),
    Min(MIN_YEAR),
    Max(MAX_YEAR),
    ...(rules.notBefore ? [IsNotBefore(rules.notBefore)] : []),
    ...(rules.yearOf ? [IsYearOf(rules.yearOf)] : []),
  );
}

/**
 * Optional calendar date (the Date scalar refuses days that do not exist) in a year within MIN_YEAR..MAX_YEAR;
 * `notBefore` names a date it must not precede, `localDateOf` an instant whose local date it must be.
 */
export function DateField(
  description: string,
  rules: { notBefore?: string; localDateOf?: string } = {},
): PropertyDecorator {
  return compose(
    Field(() => DateScalar, { nullable: true, description }),
    IsOptional(),
    IsDateInYearRange(),
    ...(rules.notBefore ? [IsNotBefore(rules.notBefore)] : []),
    ...(rules.localDateOf ? [IsLocalDateOf(rules.localDateOf)] : []),
  );
}

/**
 * Optional instant with its UTC offset, e.g. "2013-05-28T09:00:00+02:00" (the DateTime scalar refuses anything else;
 * it is stored as written, so the venue's local time and offset survive: field case F3); `notBefore` names an instant
 * it must not precede. Its year is within MIN_YEAR..MAX_YEAR, like a date's, since an event's date and year are
 * derived from it.
 */
export function DateTimeField(description: string, rules: { notBefore?: string } = {}): PropertyDecorator {
  return compose(
    Field(() => DateTimeScalar, { nullable: true, description }),
    IsOptional(),
    IsDateInYearRange(),
    ...(rules.notBefore ? [IsNotBeforeInstant(rules.notBefore)] : []),
  );
}

/** Optional ISO 3166-1 alpha-2 code (stored upper-case). */
export function CountryCodeField(description: string): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsCountryCode(),
  );
}

/** Optional http(s) URL. */
export function UrlField(description: string): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(MAX_URL_LENGTH),
    IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: '$property must be an http(s) URL' }),
  );
}

/** Optional ISBN-10 or ISBN-13 (hyphens and spaces allowed; the check digit must fit). */
export function IsbnField(description: string): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(20),
    IsISBN(undefined, { message: '$property must be an ISBN-10 or ISBN-13 with a valid check digit' }),
  );
}

/** Optional DOI (`10.<registrant>/<suffix>`). */
export function DoiField(description: string): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(200),
    Matches(/^10\.\d{4,9}\/\S+$/, { message: '$property must be a DOI such as 10.2801/12345' }),
  );
}

/** Optional boolean. */
export function BooleanField(description: string): PropertyDecorator {
  return compose(
    Field(() => Boolean, { nullable: true, description }),
    IsOptional(),
    IsBoolean(),
  );
}

/** Source properties without a typed field; `typedFields` may not be set through it. */
export function AttributesField(typedFields: readonly string[]): PropertyDecorator {
  return compose(
    Field(() => GraphQLJSONObject, {
      nullable: true,
      description:
        'Other source properties (plain values or lists of them), e.g. {"theme": "..."}; a key set to null is removed.',
    }),
    IsOptional(),
    IsAttributes(typedFields),
  );
}

/**
 * A name of an entity in one language, as the write mutations take it (issue 16: "mutations take labels"). The same
 * rules as the importer's `labels` (pipelines/import/import.labels.ts): a BCP 47 tag, a one-line name within the name
 * limit (the rules of {@link NameField}), an optional http(s) or seed: source.
 */
@InputType('LabelInput', {
  description: 'A name in one language: `{lang: "fr", value: "Bruges", source: "https://..."}`.',
})
export class LabelInput {
  @Field({ description: 'BCP 47 language tag, e.g. "fr", "pt-BR" (stored lower case).' })
  @IsString()
  @MaxLength(35)
  @Matches(LANGUAGE_TAG, { message: '$property must be a BCP 47 language tag such as "fr" or "pt-BR"' })
  lang!: string;

  @NameField('The name in that language (one line).') value!: string;

  @Field(() => String, { nullable: true, description: 'Where it was read: an http(s) URL or `seed:<file>`.' })
  @IsOptional()
  @IsSource()
  source?: string | null;
}

/** Fields every write input has. */
@InputType()
export abstract class EntityWriteFields {
  @Field(() => [String], {
    nullable: true,
    description: 'Where the facts were read: http(s) URLs or `seed:<file>`. Replaces the recorded list when given.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @MaxLength(MAX_URL_LENGTH, { each: true })
  @IsSource({ each: true })
  sources?: string[] | null;

  @Field(() => [LabelInput], {
    nullable: true,
    description:
      'Names in other languages (found by search like the name). Replaces the recorded labels when given; null ' +
      'removes them.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LABELS)
  @ValidateNested({ each: true })
  labels?: LabelInput[] | null;
}

/** Limits the field decorators apply, for modules that pass a length (e.g. `TextField(..., MAX_NAME_LENGTH)`). */
export { MAX_NAME_LENGTH, MAX_TEXT_LENGTH };
