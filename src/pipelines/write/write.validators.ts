import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { EntityType, ID_PREFIX } from '../../domain/entity-types';
import { MAX_TEXT_LENGTH, MAX_YEAR, MIN_YEAR } from '../../domain/limits';
import { isCalendarDate } from '../../domain/calendar-date';
import { isInstant, localDateOf } from '../../graphql/scalars';
import { isCountryCode } from '../../graphql/validators';
import { DATE_PROPERTIES, DATE_TIME_PROPERTIES, propsProblem } from '../import/import.normalise';
import { BadUserInputError, FieldProblem } from '../../errors/api-errors';
import { CONTROL_CHARACTER } from '../../domain/text-folding';

/*
 * class-validator decorators of the write inputs. Each message names the rule, so the BAD_USER_INPUT error a client
 * gets says how to fix the field, not only that it failed.
 */

/** Longest id accepted, in characters (slugs generated from names are cut well below it). */
export const MAX_ID_LENGTH = 200;

/** Most items in a list input (sources, alternative names). */
export const MAX_LIST_ITEMS = 50;

/** Longest URL or source accepted. */
export const MAX_URL_LENGTH = 2000;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Why `id` is not a valid id of an entity of `type`, or undefined when it is: `<prefix>:<kebab-case>` with the
 * type's prefix from data/FORMAT.md (`org:cedefop`); countries are `country:<ISO alpha-2>` (`country:BE`).
 */
export function entityIdProblem(type: EntityType, id: string): string | undefined {
  const prefix = ID_PREFIX[type];
  if (id.length > MAX_ID_LENGTH) return `must be at most ${MAX_ID_LENGTH} characters`;
  const [given, ...rest] = id.split(':');
  if (rest.length !== 1)
    return `must be ${prefix}:<kebab-case>, e.g. ${prefix}:${type === 'Country' ? 'BE' : 'my-name'}`;
  if (given !== prefix) return `must start with "${prefix}:" for ${type} ids (got "${given}:")`;
  if (type === 'Country')
    return isCountryCode(rest[0]) && rest[0] === rest[0].toUpperCase()
      ? undefined
      : 'must be country:<ISO 3166-1 alpha-2 code in capitals>, e.g. country:BE';
  return KEBAB.test(rest[0])
    ? undefined
    : `must be ${prefix}:<kebab-case>: lower-case letters and digits joined by single hyphens`;
}

/** class-validator: an id of an entity of `type` (see {@link entityIdProblem}). */
export function IsEntityId(type: EntityType, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEntityId',
      constraints: [type],
      validator: {
        validate: (value) => typeof value === 'string' && entityIdProblem(type, value) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'id'} ${entityIdProblem(type, String(args?.value ?? '')) ?? 'is not a valid id'}`,
      },
    },
    options,
  );
}

/**
 * class-validator: a year (`2013`), a month (`2013-05`) or a day (`2013-05-28`) that exists, with the year in
 * MIN_YEAR..MAX_YEAR; how FORMAT.md gives `since` and `until` of relationships.
 */
export function IsPartialDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPartialDate',
      validator: {
        validate: (value) => typeof value === 'string' && isPartialDate(value),
        defaultMessage: () =>
          `$property must be a year, YYYY-MM or an existing YYYY-MM-DD, with the year in ${MIN_YEAR}..${MAX_YEAR}`,
      },
    },
    options,
  );
}

function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  if (match[3] !== undefined) return isCalendarDate(value);
  return match[2] === undefined || (Number(match[2]) >= 1 && Number(match[2]) <= 12);
}

/**
 * class-validator: a `YYYY-MM-DD` date or an ISO instant (the scalars have checked that the day exists) in a year
 * within
 * MIN_YEAR..MAX_YEAR, the years every year field accepts. Without it, `startDate: "2101-01-01"` was stored and the
 * event's derived `year` of 2101 then failed every later update of it.
 */
export function IsDateInYearRange(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateInYearRange',
      validator: {
        validate: (value) =>
          typeof value === 'string' && Number(value.slice(0, 4)) >= MIN_YEAR && Number(value.slice(0, 4)) <= MAX_YEAR,
        defaultMessage: () => `$property must be in the years ${MIN_YEAR}..${MAX_YEAR}`,
      },
    },
    options,
  );
}

/**
 * class-validator: the year equals the year of each sibling date or instant property in `dateProperties` that is
 * given (an instant's year as written, in its own offset: "2013-12-31T23:00:00-05:00" is in 2013).
 */
export function IsYearOf(dateProperties: readonly string[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isYearOf',
      constraints: [dateProperties],
      validator: {
        validate(value: unknown, args?: ValidationArguments) {
          const object = (args?.object as Record<string, unknown> | undefined) ?? {};
          return (
            value === null ||
            value === undefined ||
            dateProperties.every(
              (key) => typeof object[key] !== 'string' || Number((object[key] as string).slice(0, 4)) === value,
            )
          );
        },
        defaultMessage: (args) => {
          const object = (args?.object as Record<string, unknown> | undefined) ?? {};
          const given = dateProperties.filter((key) => typeof object[key] === 'string');
          return `$property must be the year of ${given.join(' and ')}`;
        },
      },
    },
    options,
  );
}

/**
 * class-validator: the calendar date equals the local date of the sibling instant `instantProperty` when both are
 * given: `startDate` "2013-05-28" goes with `startDateTime` "2013-05-28T09:00:00+02:00", the day at the venue, not
 * the UTC day (F3: the 28th stays the 28th).
 */
export function IsLocalDateOf(instantProperty: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDateOf',
      constraints: [instantProperty],
      validator: {
        validate(value: unknown, args?: ValidationArguments) {
          const instant = (args?.object as Record<string, unknown> | undefined)?.[instantProperty];
          return typeof value !== 'string' || typeof instant !== 'string' || localDateOf(instant) === value;
        },
        defaultMessage: () =>
          `$property must be the local date of ${instantProperty} (its date as written, in its own UTC offset)`,
      },
    },
    options,
  );
}

/**
 * class-validator for `attributes` (source properties without a typed field): a flat object whose values are
 * strings, numbers, booleans or lists of one of those, or null to remove a property. Keys must be camelCase and not
 * name a typed field of the type (`taken`), a bookkeeping property, or an alias of the name; date keys
 * (`startDate`, `endDate`, `date`) hold existing `YYYY-MM-DD` dates because they are stored as Neo4j dates.
 */
export function IsAttributes(taken: readonly string[], options?: ValidationOptions): PropertyDecorator {
  const blocked = new Set([...taken, 'name', 'title', 'year', 'code']);
  return ValidateBy(
    {
      name: 'isAttributes',
      validator: {
        validate: (value) => attributesProblem(value, blocked) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `$property ${attributesProblem(args?.value, blocked) ?? 'are invalid'}`,
      },
    },
    options,
  );
}

function attributesProblem(value: unknown, blocked: Set<string>): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_LIST_ITEMS) return `may hold at most ${MAX_LIST_ITEMS} properties`;
  for (const [key, item] of entries) {
    if (!/^[a-z][A-Za-z0-9]*$/.test(key)) return `key "${key}" must be camelCase`;
    if (blocked.has(key)) return `key "${key}" has a field of its own; set that field instead`;
    if (item === null) continue;
    const items = Array.isArray(item) ? item : [item];
    if (items.length > MAX_LIST_ITEMS) return `${key} may list at most ${MAX_LIST_ITEMS} values`;
    if (items.some((one) => typeof one === 'string' && one.length > MAX_TEXT_LENGTH))
      return `${key} holds text longer than ${MAX_TEXT_LENGTH} characters`;
    if (items.some((one) => typeof one === 'number' && !Number.isFinite(one))) return `${key} must hold finite numbers`;
    if (DATE_PROPERTIES.has(key) && !items.every((one) => typeof one === 'string' && isCalendarDate(one)))
      return `${key} must be an existing date written YYYY-MM-DD`;
    if (DATE_TIME_PROPERTIES.has(key) && !items.every((one) => typeof one === 'string' && isInstant(one)))
      return `${key} must be an existing instant with an offset, e.g. 2013-05-28T09:00:00+02:00`;
  }
  // The importer's rules for stored props (reserved names, plain values, one value type per list).
  const problem = propsProblem(Object.fromEntries(entries.filter(([, item]) => item !== null)));
  return problem?.replace(/^props\./, '');
}

/** An unpaired UTF-16 surrogate: JSON can carry one (`"\ud800"`), Unicode text cannot. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/**
 * Refuses a write input holding a string that is not well-formed Unicode or holds control characters (deeply: lists
 * and attributes too). Neo4j stores text as UTF-8, in which an unpaired surrogate becomes U+FFFD, so the value would
 * be stored changed; NUL, escape and the other C0/C1 controls (tab and line breaks aside) are never part of a name,
 * title or summary and break terminals, CSV exports and the IDE. Attribute keys need no check: they must be camelCase
 * ASCII. Found by the mutation fuzz and the fresh-user trial.
 * @param path where `input` sits in the request, for the error's field paths (`input.attributes.theme`)
 * @throws BadUserInputError naming each such field
 */
export function requireWellFormedText(input: object, path = 'input'): void {
  const problems: FieldProblem[] = [];
  const walk = (value: unknown, at: string) => {
    const name = at.replace(/^.*\./, '');
    if (typeof value === 'string' && UNPAIRED_SURROGATE.test(value))
      problems.push({ field: at, reason: `${name} must be well-formed Unicode text (it holds an unpaired surrogate)` });
    else if (typeof value === 'string' && CONTROL_CHARACTER.test(value))
      problems.push({
        field: at,
        reason:
          `${name} must not contain control characters (U+0000–U+001F other than tab ` +
          `and line breaks, U+007F–U+009F)`,
      });
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${at}[${index}]`));
    else if (value !== null && typeof value === 'object')
      Object.entries(value).forEach(([key, item]) => walk(item, `${at}.${key}`));
  };
  walk(input, path);
  if (problems.length) throw new BadUserInputError(problems);
}
