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
