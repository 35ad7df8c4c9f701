import neo4j, { DateTime, Node, Relationship } from 'neo4j-driver';

/**
 * Converts what neo4j-driver returns into plain JSON-friendly values, once, at the database boundary:
 * Integer → number (string when outside ±2^53), Date → `YYYY-MM-DD`, DateTime → ISO 8601 with its offset,
 * LocalDateTime/LocalTime/Time/Duration → their ISO strings, Node → {@link PlainNode}, Relationship →
 * {@link PlainRelationship}; lists and maps recursively. Calendar values never pass through a JS `Date`,
 * so the server's time zone cannot shift a day (field case F13).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value)) return dateTimeToIso(value);
  if (neo4j.isLocalDateTime(value) || neo4j.isLocalTime(value) || neo4j.isTime(value) || neo4j.isDuration(value)) {
    return value.toString();
  }
  if (value instanceof Node) return { labels: value.labels, properties: toPlain(value.properties) } as PlainNode;
  if (value instanceof Relationship)
    return { type: value.type, properties: toPlain(value.properties) } as PlainRelationship;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  return value;
}

/** A node as {@link toPlain} returns it. */
export interface PlainNode {
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship as {@link toPlain} returns it. */
export interface PlainRelationship {
  type: string;
  properties: Record<string, unknown>;
}

/**
 * A DateTime as ISO 8601 with a numeric offset and no zone id, e.g. `2013-05-28T00:30:00+02:00`. neo4j-driver 6
 * computes the offset of a zoned value itself; field case F3 (a +20:00 offset at local hour 00, seen with older
 * drivers) is pinned by a test.
 */
export function dateTimeToIso(value: DateTime): string {
  const nanos = neo4j.integer.toNumber(value.nanosecond);
  const fraction = nanos ? `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}` : '';
  const offsetSeconds = neo4j.integer.toNumber(value.timeZoneOffsetSeconds ?? 0);
  return `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}T${pad(value.hour)}:${pad(value.minute)}:${pad(value.second)}${fraction}${formatOffset(offsetSeconds)}`;
}

function formatOffset(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '+';
  const abs = Math.abs(totalSeconds);
  return `${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
}

function pad(value: unknown, width = 2): string {
  return String(neo4j.integer.toNumber(value as number)).padStart(width, '0');
}
