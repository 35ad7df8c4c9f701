import neo4j from 'neo4j-driver';

/** What a bench target server process is started with (environment set by bench/targets/target-process.ts). */
export interface TargetEnv {
  uri: string;
  password: string;
  port: number;
}

/**
 * Reads BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD and BENCH_PORT.
 * @throws Error naming the variable that is missing
 */
export function targetEnv(env: NodeJS.ProcessEnv = process.env): TargetEnv {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  return { uri: need('BENCH_NEO4J_URI'), password: need('BENCH_NEO4J_PASSWORD'), port: Number(need('BENCH_PORT')) };
}

/** JSON numbers that are whole become Cypher integers (LIMIT and integer comparisons need them). */
export function integers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value,
    ]),
  );
}
