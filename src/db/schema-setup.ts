import { cypherStatements } from './cypher-files';
import { Executor } from './executor';

/**
 * Applies cypher/schema.cypher (constraints and indexes, all `IF NOT EXISTS`, so safe at every start) and waits
 * until the indexes are online.
 * @returns the number of statements applied
 */
export async function applySchema(executor: Executor, awaitSeconds = 120): Promise<number> {
  const statements = cypherStatements('schema');
  for (const statement of statements) await executor.write(statement);
  await executor.read('CALL db.awaitIndexes($seconds)', { seconds: awaitSeconds });
  return statements.length;
}
