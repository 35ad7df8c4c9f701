/*
 * A GraphQL answer as one table (issue 17, item 2): the first list in the answer, in the order of the fields asked,
 * becomes the rows. A connection's `edges` become one row per edge with the node's fields under their own names and
 * the edge's other fields (cursor, role, …) under `edge.`; a connection's `nodes` are rows as they are. Within a row,
 * nested objects give dotted column names (`hostedBy.name`) and nested lists their item's index
 * (`sources.0`, `hosts.edges.1.node.name`), so nothing in the rows is lost and no cell holds two values.
 */

/** Most columns a table may have: a wider one is refused rather than written as a sheet no one can read. */
export const MAX_COLUMNS = 1_000;

/** The rows of an answer and where they were found. */
export interface AnswerTable {
  /** Dotted path of the list in `data`, e.g. `events.edges`. */
  path: string;
  /** Column names in first-seen order (for edges: the node's, then the edge's). */
  columns: string[];
  /** One object per row: column → cell value (string, number, boolean or null). */
  rows: Array<Record<string, unknown>>;
}

/** Why an answer cannot be a table: no list in it, or rows too wide. */
export class AnswerTableError extends Error {}

/**
 * The table of the first list in `data` (depth first, in field order).
 * @throws AnswerTableError when `data` holds no list, or the rows have more than {@link MAX_COLUMNS} columns
 */
export function answerTable(data: unknown): AnswerTable {
  const found = firstList(data, []);
  if (!found)
    throw new AnswerTableError(
      'The answer holds no list to write as CSV rows: ask for a list or a connection (edges or nodes).',
    );
  const columns = new Set<string>();
  const rows = found.items.map((item) => {
    const row: Record<string, unknown> = {};
    if (found.path.at(-1) === 'edges' && isObject(item) && 'node' in item) {
      const { node, ...edge } = item;
      flattenInto(row, '', node);
      flattenInto(row, 'edge', edge);
    } else {
      flattenInto(row, '', item);
    }
    for (const column of Object.keys(row)) columns.add(column);
    if (columns.size > MAX_COLUMNS)
      throw new AnswerTableError(
        `The rows have more than ${MAX_COLUMNS} columns; ask for fewer fields or a shorter nested list.`,
      );
    return row;
  });
  // A null object in one row and fields of it in another: the fields' columns say it (empty cells), not a column more.
  const all = [...columns];
  const kept = all.filter(
    (column) => !(all.some((other) => other.startsWith(`${column}.`)) && rows.every((row) => row[column] == null)),
  );
  // An edge's own fields after the node's, wherever a row first showed them.
  const ordered =
    found.path.at(-1) === 'edges'
      ? [...kept.filter((c) => !c.startsWith('edge.')), ...kept.filter((c) => c.startsWith('edge.'))]
      : kept;
  return { path: found.path.join('.'), columns: ordered, rows };
}

/** The first array met walking `value` depth first in key order, with its path. */
function firstList(value: unknown, path: string[]): { path: string[]; items: unknown[] } | undefined {
  if (Array.isArray(value)) return { path, items: value };
  if (!isObject(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = firstList(inner, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Writes `value`'s leaves into `row` under dotted names starting with `prefix`; a scalar item of a list of scalars is
 * `value`.
 */
function flattenInto(row: Record<string, unknown>, prefix: string, value: unknown): void {
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (Array.isArray(value)) {
    value.forEach((item, index) => flattenInto(row, at(String(index)), item));
  } else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) flattenInto(row, at(key), inner);
  } else {
    row[prefix || 'value'] = value ?? null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
