import DataLoader from 'dataloader';
import { Executor, Row } from '../db/executor';

/**
 * Dispatches one scheduling round later than DataLoader's default (a resolved promise, then `process.nextTick`), so
 * the other loaders of the same tick (relationship fields, lookups by id) have run their batch functions and handed
 * their statements here first, and a level's statements go out together. Still within the same turn of the event
 * loop: no timer or I/O wait is added.
 */
function afterOtherLoaders(dispatch: () => void): void {
  const defaultRound = (next: () => void) => void Promise.resolve().then(() => process.nextTick(next));
  defaultRound(() => defaultRound(dispatch));
}

/** Something that runs one read statement and returns its rows; `columns` names what the statement RETURNs. */
export interface Reader {
  read(cypher: string, params: Record<string, unknown>, columns: readonly string[]): Promise<Row[]>;
}

/** A {@link Reader} that sends every statement on its own (CLIs, tests, anything outside a request). */
export function directReader(executor: Executor): Reader {
  return { read: (cypher, params) => executor.read(cypher, params) };
}

interface Pending {
  cypher: string;
  params: Record<string, unknown>;
  columns: readonly string[];
}

/**
 * Sends all read statements issued in the same tick of a request as ONE statement, so a request costs one database
 * round trip per nesting level whatever mix of lists, relationship fields, lookups, searches and aggregates it asks
 * for at that level. Each statement becomes a `CALL () { … }` subquery whose rows are collected into a list; its
 * parameters are renamed (`$x` → `$s3_x`) so statements cannot see each other's values. A lone statement runs as is.
 */
export class StatementBatcher implements Reader {
  private readonly loader: DataLoader<Pending, Row[]>;

  constructor(private readonly executor: Executor) {
    this.loader = new DataLoader((batch) => this.runBatch(batch), { cache: false, batchScheduleFn: afterOtherLoaders });
  }

  read(cypher: string, params: Record<string, unknown>, columns: readonly string[]): Promise<Row[]> {
    return this.loader.load({ cypher, params, columns });
  }

  private async runBatch(batch: readonly Pending[]): Promise<Row[][]> {
    if (batch.length === 1) return [await this.executor.read(batch[0].cypher, batch[0].params)];
    const params: Record<string, unknown> = {};
    const parts: string[] = [];
    const collected: string[] = [];
    batch.forEach((statement, i) => {
      const prefix = `s${i}_`;
      for (const [name, value] of Object.entries(statement.params)) params[`${prefix}${name}`] = value;
      const renamed = statement.cypher.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => `$${prefix}${name}`);
      const row = statement.columns.map((column) => `${column}: ${column}`).join(', ');
      parts.push(`CALL () {\n${renamed}\n}\nWITH ${[...collected, `collect({${row}}) AS r${i}`].join(', ')}`);
      collected.push(`r${i}`);
    });
    const [result] = await this.executor.read(`${parts.join('\n')}\nRETURN ${collected.join(', ')}`, params);
    return batch.map((_, i) => (result?.[`r${i}`] as Row[] | undefined) ?? []);
  }
}
