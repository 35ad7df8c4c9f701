import neo4j from 'neo4j-driver';
import { BadUserInputError } from '../errors/api-errors';
import { CursorPosition, decodeCursor } from './keyset';

/** Relay paging arguments as a client sends them. */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * One page request, resolved: how many rows, which direction, and the boundary cursors. Queries fetch `size + 1`
 * rows ({@link fetchLimit}) so the extra row tells whether more exist.
 */
export interface PageWindow {
  size: number;
  backward: boolean;
  after?: CursorPosition;
  before?: CursorPosition;
}

/** The page size used when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Checks and resolves Relay arguments. `first` and `last` must be integers in 0..`maxPageSize`
 * and cannot be combined.
 * @throws BadUserInputError naming the argument and the reason
 */
export function resolvePageWindow(args: PageArguments, maxPageSize: number): PageWindow {
  const { first, last } = args;
  if (first != null && last != null)
    throw BadUserInputError.of('last', 'cannot be combined with first; page one way at a time');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value == null) continue;
    if (!Number.isInteger(value) || value < 0) throw BadUserInputError.of(name, 'must be a non-negative integer');
    if (value > maxPageSize)
      throw BadUserInputError.of(name, `must be at most ${maxPageSize} (the page size cap); page on with the cursors`);
  }
  return {
    size: last ?? first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize),
    backward: last != null,
    after: args.after ? decodeCursor(args.after, 'after') : undefined,
    before: args.before ? decodeCursor(args.before, 'before') : undefined,
  };
}

/** The `LIMIT` for a window as a driver Integer: a JS number would reach Neo4j as a float (field case F2). */
export function fetchLimit(window: PageWindow): ReturnType<typeof neo4j.int> {
  return neo4j.int(window.size + 1);
}
