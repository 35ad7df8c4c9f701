import neo4j from 'neo4j-driver';
import { EntityType, INTERNAL_PROPERTIES } from '../../domain/entity-types';
import { localDateOf, parseInstant } from '../../graphql/scalars';

/**
 * Properties our code writes (labels come as the record's `labels`, see import.labels.ts): the internal ones but the
 * name, which a record gives; a record may not set them.
 */
const RESERVED = new Set<string>(INTERNAL_PROPERTIES.filter((key) => key !== 'name'));

/** Properties that hold calendar dates and are stored as Neo4j `Date` values. */
export const DATE_PROPERTIES = new Set(['startDate', 'endDate', 'date']);

/** Properties that hold instants with their UTC offset, stored as Neo4j `DateTime` values with that offset. */
export const DATE_TIME_PROPERTIES = new Set(['startDateTime', 'endDateTime']);

/**
 * An ISO 8601 instant with an offset ("2013-05-28T09:00:00+02:00") as a Neo4j DateTime keeping that offset, so the
 * venue's local time reads back as written (field case F3); undefined when the text is not such an instant, or names
 * one that does not exist (see parseInstant).
 */
export function toNeo4jDateTime(text: string) {
  const t = parseInstant(text);
  return (
    t && new neo4j.types.DateTime(t.year, t.month, t.day, t.hours, t.minutes, t.seconds, t.nanoseconds, t.offsetSeconds)
  );
}

/**
 * Why a props object cannot be stored, or undefined: values must be strings, numbers, booleans or lists of those
 * (Neo4j properties), and our own bookkeeping properties are reserved.
 */
export function propsProblem(props: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(props)) {
    if (RESERVED.has(key)) return `props.${key} is reserved`;
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) return `props.${key} is not a usable property name`;
    const items = Array.isArray(value) ? value : [value];
    if (!items.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
      return `props.${key} must be a string, number, boolean or a list of them`;
    }
    if (Array.isArray(value) && new Set(value.map((item) => typeof item)).size > 1)
      return `props.${key} mixes value types in one list`;
  }
  return undefined;
}

/**
 * Props as stored in Neo4j: integers as driver Integers (a JS number would be stored as a float), ISO dates as
 * `Date`, country codes upper-cased, plus the derived props of {@link derivedProps}. A `name` prop equal to the
 * record name is dropped; a different one is kept as an alternative name.
 */
export function toStoredProps(type: EntityType, name: string, props: Record<string, unknown>): Record<string, unknown> {
  const { name: propsName, ...rest } = props;
  const stored = toStoredValues({ ...rest, ...derivedProps(type, props) });
  if (typeof propsName === 'string' && propsName !== name) {
    stored.altNames = [...((props.altNames as string[] | undefined) ?? []), propsName];
  }
  for (const key of ['code', 'countryCode'])
    if (typeof props[key] === 'string') stored[key] = (props[key] as string).toUpperCase();
  return stored;
}

/**
 * The props a record leaves out that follow from the ones it gives, as plain values: an event's `startDate` and
 * `endDate` from `startDateTime` and `endDateTime` (their local dates, as written in their own offsets), its `year`
 * from its start date; a policy document's `year` from its `date`. Analysts filter and group by date and year, so an
 * event entered with instants only must not drop out of "events in 2013".
 */
export function derivedProps(type: EntityType, props: Record<string, unknown>): Record<string, unknown> {
  const derived: Record<string, unknown> = {};
  if (type === 'Event') {
    for (const [date, instant] of [
      ['startDate', 'startDateTime'],
      ['endDate', 'endDateTime'],
    ]) {
      if (props[date] === undefined && typeof props[instant] === 'string' && parseInstant(props[instant] as string)) {
        derived[date] = localDateOf(props[instant] as string);
      }
    }
  }
  const yearFrom =
    type === 'Event' ? (props.startDate ?? derived.startDate) : type === 'PolicyDocument' ? props.date : undefined;
  if (props.year === undefined && typeof yearFrom === 'string') derived.year = Number(yearFrom.slice(0, 4));
  return derived;
}

/**
 * Plain values as stored in Neo4j: integers as driver Integers, ISO date properties as `Date` (relationship props too).
 * Only safe integers (within ±(2^53 − 1)) become Integers: `neo4j.int(1e300)` would silently store 2^63 − 1 (read
 * back
 * as "9223372036854775807"), so larger whole numbers stay floats, as JSON delivered them.
 */
export function toStoredValues(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, toStoredValue(key, value)]));
}

function toStoredValue(key: string, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => toStoredValue(key, item));
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (typeof value === 'string' && DATE_PROPERTIES.has(key)) {
    const [year, month, day] = value.split('-').map(Number);
    return new neo4j.types.Date(year, month, day);
  }
  if (typeof value === 'string' && DATE_TIME_PROPERTIES.has(key)) return toNeo4jDateTime(value) ?? value;
  return value;
}
