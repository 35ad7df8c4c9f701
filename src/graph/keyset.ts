import neo4j from 'neo4j-driver';
import { BadUserInputError } from '../errors/api-errors';
import { CypherParams, property } from './cypher-identifiers';
import { isCalendarDate } from '../domain/calendar-date';

/** A property a connection can be ordered by, and how its values compare in Cypher. */
export interface SortKey {
  /**
   * The stored property ordered on. Names and titles order on `searchKey` (the folded name first, then acronym and
   * alternative names), so A-Z ignores case and accents: "ibw Austria" among the I's, "Österreich" among the O's.
   */
  property: string;
  kind: 'string' | 'number' | 'date';
}

export type SortDirection = 'ASC' | 'DESC';

/** A resolved ordering: one key plus the node id as tie-breaker, so every order is total and stable. */
export interface Ordering {
  key: SortKey;
  direction: SortDirection;
}

/**
 * What an opaque cursor carries: the property the page was ordered by, the row's value of it and the row's id (a
 * keyset, never an offset, so rows added or removed elsewhere do not shift pages; field case F6).
 */
export interface CursorPosition {
  sortProperty: string;
  value: string | number | null;
  id: string;
}

/** Encodes a row's position as an opaque, URL-safe cursor. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sortProperty, position.value, position.id]), 'utf8').toString(
    'base64url',
  );
}

/**
 * Decodes a cursor made by {@link encodeCursor}.
 * @param argument the argument name used in the error (`after` or `before`)
 * @throws BadUserInputError when the cursor is not one of ours
 */
export function decodeCursor(cursor: string, argument: string): CursorPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 3 &&
      typeof decoded[0] === 'string' &&
      typeof decoded[2] === 'string' &&
      (decoded[1] === null || typeof decoded[1] === 'string' || typeof decoded[1] === 'number')
    ) {
      return { sortProperty: decoded[0], value: decoded[1], id: decoded[2] };
    }
  } catch {
    // fall through to the input error
  }
  throw BadUserInputError.of(argument, 'is not a cursor returned by this API');
}

/**
 * Checks that the cursors of a page request were made under the same ordering.
 * @throws BadUserInputError naming `after` or `before` when a cursor belongs to another `orderBy`
 */
export function checkCursorOrdering(
  ordering: Ordering,
  cursors: { after?: CursorPosition; before?: CursorPosition },
): void {
  for (const side of ['after', 'before'] as const) {
    const cursor = cursors[side];
    if (cursor && cursor.sortProperty !== ordering.key.property) {
      throw BadUserInputError.of(
        side,
        `was made for another orderBy; ask again without ${side} after changing the order`,
      );
    }
    // A cursor we made always carries a value of the key's kind; anything else was edited by hand and would reach
    // Neo4j as a malformed date or a comparison of unlike types.
    if (cursor && !fitsSortKey(cursor.value, ordering.key))
      throw BadUserInputError.of(side, 'is not a cursor returned by this API');
  }
}

/** True when `value` can be a row's value of `key`: null, or a value of the key's kind (an existing day for dates). */
function fitsSortKey(value: string | number | null, key: SortKey): boolean {
  if (value === null) return true;
  if (key.kind === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (key.kind === 'date') return typeof value === 'string' && isCalendarDate(value);
  return typeof value === 'string';
}

/** The sort value of a node (plain properties) for its cursor. */
export function sortValueOf(properties: Record<string, unknown>, key: SortKey): string | number | null {
  const value = properties[key.property];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/**
 * `ORDER BY` terms for the node expression `node` (e.g. `m` or `x.node`): nulls last in both directions, then the id.
 * `reverse` gives the exact reverse order, used to read a page backwards for `last`/`before`.
 */
export function orderByTerms(node: string, ordering: Ordering, reverse = false): string {
  const k = `${node}.${property(ordering.key.property)}`;
  const forward = ordering.direction === 'ASC';
  const dir = (ascending: boolean) => (ascending !== reverse ? 'ASC' : 'DESC');
  return `${k} IS NULL ${dir(true)}, ${k} ${dir(forward)}, ${node}.id ${dir(true)}`;
}

/**
 * A Cypher predicate true for rows strictly after (`side` = 'after') or strictly before ('before') `position` in the
 * ordering, consistent with {@link orderByTerms}. Rows inserted or deleted elsewhere do not move the boundary.
 */
export function keysetPredicate(
  node: string,
  ordering: Ordering,
  position: CursorPosition,
  side: 'after' | 'before',
  params: CypherParams,
): string {
  const k = `${node}.${property(ordering.key.property)}`;
  const id = params.add(position.id);
  const ascending = ordering.direction === 'ASC';
  if (position.value === null) {
    return side === 'after' ? `(${k} IS NULL AND ${node}.id > ${id})` : `(${k} IS NOT NULL OR ${node}.id < ${id})`;
  }
  const value = params.add(toCypherValue(position.value, ordering.key));
  const later = ascending ? '>' : '<';
  const earlier = ascending ? '<' : '>';
  return side === 'after'
    ? `(${k} IS NULL OR ${k} ${later} ${value} OR (${k} = ${value} AND ${node}.id > ${id}))`
    : `(${k} IS NOT NULL AND (${k} ${earlier} ${value} OR (${k} = ${value} AND ${node}.id < ${id})))`;
}

/** One part of a page that Neo4j can read in an index's order: its condition and its `ORDER BY` terms. */
export interface KeysetSegment {
  where: string;
  orderBy: string;
}

/**
 * A page's rows as at most two parts, in reading order, each of which a range index can deliver already sorted: the
 * rows with a value of the key (ordered by it, then by id) and the rows without one (by id; they come last in
 * both directions, as {@link orderByTerms} orders them). Together they hold exactly the rows of `orderByTerms` and
 * {@link keysetPredicate}, in the same order, but with no `IS NULL` term in the `ORDER BY` and no `IS NULL` branch in
 * the boundary, so Neo4j can seek the key's range index from the cursor and stop after the page (a partial top)
 * instead of sorting every row after the cursor: issue 15's deep page, which took 0.6-2 requests/s at L.
 * `reverse` reads the parts and each part's order backwards (`last`/`before`). A part the cursors rule out entirely
 * is left out.
 * @param node the node variable, e.g. `m`
 * @param cursors the window's `after` and `before` positions, either or both
 */
export function keysetSegments(
  node: string,
  ordering: Ordering,
  cursors: { after?: CursorPosition; before?: CursorPosition },
  reverse: boolean,
  params: CypherParams,
): KeysetSegment[] {
  const k = `${node}.${property(ordering.key.property)}`;
  const id = `${node}.id`;
  const ascending = ordering.direction === 'ASC';
  const valued: (string | null)[] = [`${k} IS NOT NULL`];
  const unvalued: (string | null)[] = [`${k} IS NULL`];
  for (const side of ['after', 'before'] as const) {
    const position = cursors[side];
    if (!position) continue;
    const beyond = side === 'after' ? '>' : '<';
    const idBeyond = `${id} ${beyond} ${params.add(position.id)}`;
    if (position.value === null) {
      // A row without a value: every valued row lies before it, the unvalued ones are ordered by id.
      if (side === 'after') valued.push(null);
      unvalued.push(idBeyond);
    } else {
      // A valued row: every unvalued row lies after it. The closed range lets Neo4j seek the index from the value.
      const value = params.add(toCypherValue(position.value, ordering.key));
      const strictly = ascending === (side === 'after') ? '>' : '<';
      valued.push(`${k} ${strictly}= ${value} AND (${k} ${strictly} ${value} OR ${idBeyond})`);
      if (side === 'before') unvalued.push(null);
    }
  }
  const dir = (ascendingForward: boolean) => (ascendingForward !== reverse ? 'ASC' : 'DESC');
  const parts: (KeysetSegment | null)[] = [
    valued.includes(null)
      ? null
      : { where: valued.join(' AND '), orderBy: `${k} ${dir(ascending)}, ${id} ${dir(true)}` },
    unvalued.includes(null) ? null : { where: unvalued.join(' AND '), orderBy: `${id} ${dir(true)}` },
  ];
  const present = parts.filter((part): part is KeysetSegment => part !== null);
  return reverse ? present.reverse() : present;
}

function toCypherValue(value: string | number, key: SortKey): unknown {
  if (key.kind === 'date' && typeof value === 'string') {
    const [year, month, day] = value.split('-').map(Number);
    return new neo4j.types.Date(year, month, day);
  }
  if (key.kind === 'number' && typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  return value;
}
