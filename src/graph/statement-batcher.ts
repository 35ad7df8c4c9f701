import DataLoader from 'dataloader';
import { Executor, Row } from '../db/executor';
import { CypherParams } from './cypher-identifiers';

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

/**
 * Something that runs one read statement and returns its rows; `columns` names what the statement RETURNs. A
 * statement's parameters are named by `params()` (one fresh set per statement), so that statements of one request
 * never use the same parameter name.
 */
export interface Reader {
  read(cypher: string, params: Record<string, unknown>, columns: readonly string[]): Promise<Row[]>;
  /** Parameter names for one new statement, distinct from those of every other statement of this reader. */
  params(): CypherParams;
}

/** A {@link Reader} that sends every statement on its own (CLIs, tests, anything outside a request). */
export function directReader(executor: Executor): Reader {
  return { read: (cypher, params) => executor.read(cypher, params), params: () => new CypherParams() };
}

interface Pending {
  cypher: string;
  params: Record<string, unknown>;
  columns: readonly string[];
}

/**
 * Sends all read statements issued in the same tick of a request as ONE statement, so a request costs one database
 * round trip per nesting level whatever mix of lists, relationship fields, lookups, searches and aggregates it asks
 * for at that level. Each statement stays independent of the others (field case F15):
 * - it runs as its own `CALL () { CALL () { … } RETURN collect(…) AS rN }`, and an aggregate without grouping keys
 *   always yields exactly one row, so a statement that finds nothing gives `[]` for itself and never removes the row
 *   the others' results are carried in (chaining `WITH r0, collect(…) AS r1` did: r0 became a grouping key, and no
 *   input row meant no output row for every statement of the request);
 * - when the joined statement fails for a reason of its own (not Neo4j being down or the time limit, which every
 *   statement shares), each statement is run alone, so only the one that fails answers with an error.
 * Parameter names are made unique when a statement is built ({@link StatementBatcher.params}, `bindCypher`), never
 * by rewriting its text here: the statements are joined as they are.
 */
export class StatementBatcher implements Reader {
  private readonly loader: DataLoader<Pending, Row[]>;

  constructor(private readonly executor: Executor) {
    this.loader = new DataLoader((batch) => this.runBatch(batch), { cache: false, batchScheduleFn: afterOtherLoaders });
  }

  private statements = 0;

  read(cypher: string, params: Record<string, unknown>, columns: readonly string[]): Promise<Row[]> {
    return this.loader.load({ cypher, params, columns });
  }

  params(): CypherParams {
    return new CypherParams(`s${this.statements++}_`);
  }

  private async runBatch(batch: readonly Pending[]): Promise<Array<Row[] | Error>> {
    if (batch.length === 1) return [await this.executor.read(batch[0].cypher, batch[0].params)];
    const { cypher, params } = joinStatements(batch);
    try {
      const [result] = await this.executor.read(cypher, params);
      return batch.map((_, i) => (result?.[`r${i}`] as Row[] | undefined) ?? []);
    } catch (error) {
      if (sharedFault(error)) throw error;
      // One after another: a request must not take a connection per statement from the shared pool (field case F4).
      const answers: Array<Row[] | Error> = [];
      for (const statement of batch)
        answers.push(await this.executor.read(statement.cypher, statement.params).catch((alone: Error) => alone));
      return answers;
    }
  }
}

/** Faults that every statement of a joined batch would meet alone too: no point running them one by one. */
function sharedFault(error: unknown): boolean {
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return code === 'SERVICE_UNAVAILABLE' || code === 'TIMEOUT';
}

/**
 * The statements of a batch as one: each in its own `CALL` that collects its rows into `rN` (one row whatever it
 * finds), their parameters side by side.
 * @throws Error when two statements use one parameter name for different values (a statement built without
 *   `params()`: a programming error)
 */
function joinStatements(batch: readonly Pending[]): { cypher: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const parts = batch.map((statement, i) => {
    for (const [name, value] of Object.entries(statement.params)) {
      if (name in params && params[name] !== value)
        throw new Error(`two statements of one batch use the parameter $${name}`);
      params[name] = value;
    }
    const row = statement.columns.map((column) => `${column}: ${column}`).join(', ');
    return `CALL () {\n  CALL () {\n${statement.cypher}\n  }\n  RETURN collect({${row}}) AS r${i}\n}`;
  });
  return { cypher: `${parts.join('\n')}\nRETURN ${batch.map((_, i) => `r${i}`).join(', ')}`, params };
}
