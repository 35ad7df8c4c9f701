import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { BenchMix, BenchQuery, QUERIES, QueryParameters } from '../queries';

/** The three things the benchmark compares. */
export type TargetName = 'ours' | 'neo4j-graphql' | 'raw-cypher';
export const TARGET_NAMES: TargetName[] = ['ours', 'neo4j-graphql', 'raw-cypher'];

export const TARGET_LABEL: Record<TargetName, string> = {
  ours: 'our API',
  'neo4j-graphql': '@neo4j/graphql 7',
  'raw-cypher': 'raw Cypher (driver only)',
};

/** One HTTP request of a query against a target: what autocannon sends, and how to read the answer. */
export interface TargetRequest {
  path: string;
  body: string;
  /** The answer's canonical form (bench/queries.ts normalise); throws when the response carries errors. */
  read(response: unknown): unknown;
}

/**
 * The requests of a benchmark cell against `target` for one parameter set: the query's one request, or a mix's
 * requests, each part `weight` times, the parts interleaved round-robin (a visit's order, not bursts of one kind).
 * @throws Error when a mix names a query that does not exist
 */
export function requestsFor(target: TargetName, cell: BenchQuery | BenchMix, params: QueryParameters): TargetRequest[] {
  if (!('parts' in cell)) return [requestFor(target, cell, params)];
  const queue = cell.parts.map(({ query, weight }) => {
    const found = QUERIES.find((q) => q.name === query);
    if (!found) throw new Error(`${cell.name}: no query ${query}`);
    return { request: requestFor(target, found, params), left: weight };
  });
  const out: TargetRequest[] = [];
  while (queue.some((part) => part.left > 0))
    for (const part of queue)
      if (part.left > 0) {
        out.push(part.request);
        part.left -= 1;
      }
  return out;
}

/** The request for `query` against `target`. */
export function requestFor(target: TargetName, query: BenchQuery, params: QueryParameters): TargetRequest {
  if (target === 'raw-cypher') {
    const { cypher, params: values } = query.raw(params);
    return {
      path: `/q/${query.name}`,
      body: JSON.stringify({ cypher, params: values }),
      read: (response) => {
        const body = response as { rows?: unknown[]; error?: string };
        if (!body.rows) throw new Error(`raw Cypher failed: ${body.error}`);
        return query.normalise.raw(body.rows);
      },
    };
  }
  const request = target === 'ours' ? query.ours(params) : query.neo4jGraphql(params);
  return {
    path: '/graphql',
    body: JSON.stringify(request),
    read: (response) => {
      const body = response as { data?: unknown; errors?: unknown[] };
      if (body.errors?.length || !body.data)
        throw new Error(`${target} answered with errors: ${JSON.stringify(body.errors)}`);
      return target === 'ours' ? query.normalise.ours(body.data) : query.normalise.neo4jGraphql(body.data);
    },
  };
}

/** A target server running as a child process on 127.0.0.1. */
export interface RunningTarget {
  name: TargetName;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts a target in its own Node.js process, so that its event loop does not share a thread with the load generator:
 * our API is the built server (`dist/src/main.js`, production settings, no data loading); the other two are
 * bench/targets/*-server.ts. Resolves when the server answers.
 * @throws Error with the process's output when it exits or does not answer within 60 s
 */
export async function startTarget(
  name: TargetName,
  db: { uri: string; password: string },
  port: number,
): Promise<RunningTarget> {
  const dist = path.join(projectRoot(), 'dist');
  const script = {
    ours: path.join(dist, 'src', 'main.js'),
    'neo4j-graphql': path.join(dist, 'bench', 'targets', 'neo4j-graphql-server.js'),
    'raw-cypher': path.join(dist, 'bench', 'targets', 'raw-cypher-server.js'),
  }[name];
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    // our API
    NEO4J_URI: db.uri,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: db.password,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOAD_BUNDLED_DATA: 'false',
    LOG_LEVEL: 'warn',
    AUTH_JWT_SECRET: 'bench-only-secret-bench-only-secret',
    // round trips per request are part of what the bench reports
    EXPOSE_QUERY_STATS: 'true',
    // The per-client rate limit is a deployment policy, not a cost: with one client (autocannon) it would answer 429.
    // The limiter itself and the query limits (depth, cost, tokens) stay on, as in production.
    RATE_LIMIT_MAX: '1000000000',
    // the other two
    BENCH_NEO4J_URI: db.uri,
    BENCH_NEO4J_PASSWORD: db.password,
    BENCH_PORT: String(port),
  };
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    if (await answers(name, url)) return { name, url, pid: child.pid!, stop: () => stopChild(child) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopChild(child);
  throw new Error(`${name} did not answer on ${url} within 60 s:\n${output}`);
}

async function answers(name: TargetName, url: string): Promise<boolean> {
  try {
    const response =
      name === 'raw-cypher'
        ? await fetch(`${url}/q/none`, { method: 'POST', body: '{}' })
        : await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"query":"{ __typename }"}',
          });
    return name === 'raw-cypher' ? response.status === 404 : response.ok;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
