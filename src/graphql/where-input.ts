import { Field, InputType } from 'type-graphql';
import { IsCountryCode } from './validators';
import { ValidateNested } from 'class-validator';
import { FilterCompiler } from '../graph/entity-definition';
import { hasProperty } from '../graph/presence-filters';
import { EntityWhere } from './entity-where';
import {
  ContainsFilter,
  CountryCodeFilter,
  CountryCodesFilter,
  EnumValuesFilter,
  IdFilter,
  YearFilter,
} from './filter-fields';

/*
 * The `where` inputs of the entity types, declared as tables: each field of a type's input is one entry (its GraphQL
 * field and class-validator rules, see filter-fields.ts), and the input class is made from the table in its order,
 * so that an input states only what sets it apart.
 */

/** One field of a `where` input: the decorator that declares it; `V` is the type of its value. */
export type WhereField<V> = PropertyDecorator & { readonly valueType?: V };

/** The values of a table of {@link WhereField}s, each optional and nullable. */
export type WhereValues<F> = { [K in keyof F]?: F[K] extends WhereField<infer V> ? V | null : never };

/** A `where` input: its base's fields, its own, and AND, OR (lists of the input) and NOT (one input). */
export type WhereOf<B, F> = B &
  WhereValues<F> & {
    AND?: Array<WhereOf<B, F>> | null;
    OR?: Array<WhereOf<B, F>> | null;
    NOT?: WhereOf<B, F> | null;
  };

/** Applies decorators in the order a compiler applies them when stacked on a property: the last one first. */
function decorate(target: object, key: string, ...decorators: PropertyDecorator[]): void {
  [...decorators].reverse().forEach((decorator) => decorator(target, key));
}

/**
 * The `where` input `name` of one entity type: the fields of `Base` (EntityWhere, or the type's missing-value filters
 * over it, see {@link presenceWhere}), then AND, OR and NOT, then `fields` in their order. Takes the name, the
 * description, the base and the table; returns the input class; throws nothing (type-graphql reads the class when
 * the schema is built).
 */
export function whereInput<B extends EntityWhere, F extends Record<string, WhereField<unknown>>>(
  name: string,
  description: string,
  Base: abstract new () => B,
  fields: F,
): new () => WhereOf<B, F> {
  @InputType(name, { description })
  class Where extends (Base as abstract new () => EntityWhere) {}
  const target = Where.prototype;
  decorate(
    target,
    'AND',
    Field(() => [Where], { nullable: true }),
    ValidateNested({ each: true }),
  );
  decorate(
    target,
    'OR',
    Field(() => [Where], { nullable: true }),
    ValidateNested({ each: true }),
  );
  decorate(
    target,
    'NOT',
    Field(() => Where, { nullable: true }),
    ValidateNested(),
  );
  for (const [key, field] of Object.entries(fields)) field(target, key);
  return Where as unknown as new () => WhereOf<B, F>;
}

/** A year in MIN_YEAR..MAX_YEAR (see YearFilter). */
export const yearField = (description: string, rules: { notBefore?: string } = {}) =>
  YearFilter(description, rules) as WhereField<number>;

/**
 * `yearFrom` and `yearTo`, the bounds of a year range: `<what> in this year or later` and `... or earlier`
 * (`earlier` replaces the latter's end, e.g. `earlier (started by then)`); yearTo may not precede yearFrom.
 */
export const yearRangeFields = (what: string, earlier = 'earlier') => ({
  yearFrom: yearField(`${what} in this year or later.`),
  yearTo: yearField(`${what} in this year or ${earlier}.`, { notBefore: 'yearFrom' }),
});

/** `countryCode` (one ISO code) and `countryCodes` (any of several), as the country filters of one path. */
export const countryCodeFields = (one: string, many: string) => ({
  countryCode: CountryCodeFilter(one) as WhereField<string>,
  countryCodes: CountryCodesFilter(many) as WhereField<string[]>,
});

/** A list of ISO country codes, any of which matches (see CountryCodesFilter). */
export const countryCodesField = (description: string) => CountryCodesFilter(description) as WhereField<string[]>;

/** One ISO country code, alone (not with a `countryCodes` beside it). */
export const countryCodeField = (description: string) =>
  ((target: object, key: string | symbol) =>
    decorate(
      target,
      String(key),
      Field(() => String, { nullable: true, description }),
      IsCountryCode(),
    )) as WhereField<string>;

/** The id of an entity the filtered one is linked to (see IdFilter). */
export const idField = (description: string) => IdFilter(description) as WhereField<string>;

/** Any of the values of an enum object (`kinds`, `levels`). */
export const enumValuesField = <E extends object>(values: E, description?: string) =>
  EnumValuesFilter(values, description) as WhereField<Array<E[keyof E]>>;

/** Text a property must contain, of at most `max` characters. */
export const containsField = (description: string, max: number) =>
  ContainsFilter(description, max) as WhereField<string>;

/** true or false. */
export const booleanField = (description: string) =>
  Field(() => Boolean, { nullable: true, description }) as WhereField<boolean>;

/** A missing-value filter (issue 16): its description and the compiler that tests for the value. */
export interface PresenceField {
  description: string;
  compile: FilterCompiler<boolean>;
}

/** Declares a missing-value filter (see {@link PresenceField}). */
export const presenceField = (description: string, compile: FilterCompiler<boolean>): PresenceField => ({
  description,
  compile,
});

/**
 * The base of a `where` input with missing-value filters (issue 16): EntityWhere and one Boolean field per entry of
 * `fields`, in their order. Takes the table; returns the abstract input class; throws nothing.
 */
export function presenceWhere<F extends Record<string, PresenceField>>(
  fields: F,
): abstract new () => EntityWhere & { [K in keyof F]?: boolean | null } {
  @InputType({ description: 'Missing-value filters (base of a *Where input).' })
  abstract class PresenceWhere extends EntityWhere {}
  for (const [key, { description }] of Object.entries(fields)) {
    Field(() => Boolean, { nullable: true, description })(PresenceWhere.prototype, key);
  }
  return PresenceWhere as abstract new () => EntityWhere & { [K in keyof F]?: boolean | null };
}

/** The compilers of a table of missing-value filters, by field. */
export function presenceFilters<F extends Record<string, PresenceField>>(
  fields: F,
): { [K in keyof F]: FilterCompiler<boolean> } {
  const entries = Object.entries(fields).map(([key, field]) => [key, field.compile]);
  return Object.fromEntries(entries) as { [K in keyof F]: FilterCompiler<boolean> };
}

/** `true: <what> is known; false: it is not.`: the stored property `prop` is set (see hasProperty). */
export const knownField = (what: string, prop: string): PresenceField =>
  presenceField(`true: ${what} is known; false: it is not.`, hasProperty(prop));

/**
 * The fields a `where` table is written with, by kind: `field.year(...)`, `field.yearRange('Founded')`,
 * `field.id(...)`,
 * `field.enumValues(EventKind)`, `...field.country(one, many)` (countryCode and countryCodes), ...
 */
export const field = {
  year: yearField,
  yearRange: yearRangeFields,
  country: countryCodeFields,
  countryCodes: countryCodesField,
  countryCode: countryCodeField,
  id: idField,
  enumValues: enumValuesField,
  contains: containsField,
  boolean: booleanField,
};
