import { cypherStatements } from './cypher-files';
import { Executor } from './executor';

/** The name a schema statement gives its constraint or index (`CREATE RANGE INDEX event_year IF NOT EXISTS ...`). */
const NAMED_SCHEMA_STATEMENT =
  /^CREATE\s+(?:CONSTRAINT|(?:RANGE\s+|TEXT\s+|FULLTEXT\s+|POINT\s+|LOOKUP\s+|VECTOR\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i;

/**
 * Applies cypher/schema.cypher (constraints and indexes, all `IF NOT EXISTS`, so safe at every start) and waits
 * until the indexes are online. A statement whose constraint or index name the database already holds is not sent:
 * `IF NOT EXISTS` would make it a no-op anyway (Neo4j 5 matches by name), yet each of the 66 statements would still be
 * a transaction of its own, at every start and in every test file. Statements without a name always run.
 * @returns the number of statements applied (sent to the database)
 * @throws the executor's errors when Neo4j refuses a statement or is unreachable
 */
export async function applySchema(executor: Executor, awaitSeconds = 120): Promise<number> {
  const existing = new Set(
    [
      ...(await executor.read('SHOW CONSTRAINTS YIELD name RETURN name')),
      ...(await executor.read('SHOW INDEXES YIELD name RETURN name')),
    ].map((row) => String(row.name)),
  );
  const missing = cypherStatements('schema').filter((statement) => {
    const name = NAMED_SCHEMA_STATEMENT.exec(statement)?.[1];
    return name === undefined || !existing.has(name);
  });
  for (const statement of missing) await executor.write(statement);
  await executor.read('CALL db.awaitIndexes($seconds)', { seconds: awaitSeconds });
  return missing.length;
}
