import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '../domain/calendar-date';

/**
 * `Date`: a calendar date as ISO 8601 `YYYY-MM-DD`, with no time and no time zone. Values travel as strings from
 * Neo4j to the client, never through a JS `Date`, so no server time zone can move the 28th to the 27th (F8, F13).
 * Input must be a date that exists (2013-02-30 is refused).
 */
export const DateScalar = new GraphQLScalarType<string | null, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form `YYYY-MM-DD`, without time or time zone.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize(value) {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}`);
  },
  parseValue(value) {
    return parseDate(value);
  },
  parseLiteral(ast) {
    // Plain errors here (not GraphQLError): graphql-js then reports the expected type, the value and its location.
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string such as "2013-05-28"');
    if (!isCalendarDate(ast.value)) throw new TypeError('Date must be an existing day written YYYY-MM-DD');
    return ast.value;
  },
});

/**
 * `DateTime`: an instant as ISO 8601 with its UTC offset, e.g. `2013-05-28T00:30:00+02:00` (the offset the
 * stored zone had at that instant).
 */
export const DateTimeScalar = new GraphQLScalarType<string | null, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 form with a UTC offset, e.g. `2013-05-28T00:30:00+02:00`.',
  serialize(value) {
    if (typeof value === 'string' && ISO_DATE_TIME.test(value)) return value;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && isInstant(value)) return value;
    throw new GraphQLError(INSTANT_RULE);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isInstant(ast.value)) return ast.value;
    throw new TypeError(INSTANT_RULE);
  },
});

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_RULE =
  'DateTime must be an existing instant in ISO 8601 with an offset of at most ±18:00, e.g. "2013-05-28T09:00:00+02:00"';

/** The parts of an ISO 8601 instant with its UTC offset (see {@link parseInstant}). */
export interface InstantParts {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  nanoseconds: number;
  offsetSeconds: number;
}

const ISO_INSTANT =
  /^((\d{4})-(\d{2})-(\d{2}))T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The parts of an ISO 8601 instant with an offset that Neo4j stores as written, or undefined: the day exists, the
 * time is 00:00:00 to 23:59:59 with at most 9 fraction digits (nanoseconds), and the offset is within ±18:00.
 * `Date.parse` alone let "2013-02-30T09:00Z" through (stored as 2 March) and "T24:00" (the next day). Found by the
 * mutation fuzz.
 */
export function parseInstant(value: string): InstantParts | undefined {
  const match = ISO_INSTANT.exec(value);
  if (!match) return undefined;
  const [
    ,
    date,
    year,
    month,
    day,
    hours,
    minutes,
    seconds = '0',
    fraction = '',
    sign,
    offsetHours = '0',
    offsetMinutes = '0',
  ] = match;
  const offsetInMinutes = Number(offsetHours) * 60 + Number(offsetMinutes);
  const valid =
    isCalendarDate(date) &&
    Number(hours) < 24 &&
    Number(minutes) < 60 &&
    Number(seconds) < 60 &&
    Number(offsetMinutes) < 60 &&
    offsetInMinutes <= 18 * 60;
  if (!valid) return undefined;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hours: Number(hours),
    minutes: Number(minutes),
    seconds: Number(seconds),
    nanoseconds: Number(fraction.padEnd(9, '0')),
    offsetSeconds: (sign === '-' ? -60 : 60) * offsetInMinutes,
  };
}

/**
 * The calendar date `YYYY-MM-DD` of an ISO instant as written, in its own offset ("2013-05-28T23:30:00-05:00" →
 * "2013-05-28").
 */
export function localDateOf(instant: string): string {
  return instant.slice(0, 10);
}

/** True when `value` is an instant {@link parseInstant} accepts. */
export function isInstant(value: string): boolean {
  return parseInstant(value) !== undefined;
}

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw new GraphQLError(`Date must be an existing day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
}
