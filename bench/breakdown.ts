import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { readConfig } from '../src/config';
import { Executor, Row } from '../src/db/executor';
import { createLogger } from '../src/logger';
import { buildGraphSchema } from '../src/schema/build-schema';
import { startHttpApp } from '../src/server/http-app';
import { BenchQuery, QueryParameters } from './queries';

/** Where the time of one of our requests goes: medians over `samples` sequential requests, in milliseconds. */
export interface Breakdown {
  query: string;
  samples: number;
  /** Whole request as the client sees it (HTTP, GraphQL, resolvers, database). */
  totalMs: number;
  /** Time inside Executor.read: Bolt round trip, Neo4j, receiving and converting the records. */
  databaseMs: number;
  /** The rest: HTTP, parsing and validating the operation, type-graphql argument validation, resolvers, serialising. */
  graphqlMs: number;
  roundTrips: number;
  /** Size of what the database sent for the request, as JSON of the converted rows. */
  databaseBytes: number;
  responseBytes: number;
  /** The same answer as one hand-written statement: time in the driver for it (bench/queries.ts raw). */
  rawDatabaseMs: number;
  rawDatabaseBytes: number;
}

/**
 * Measures, per query, how much of our API's time is database work and how much is the GraphQL layer: runs our
 * server in this process with an executor that times every read, sends `samples` sequential requests (after a few
 * unmeasured ones) and compares with the hand-written statement run through the same executor.
 */
export async function measureBreakdown(
  uri: string,
  password: string,
  queries: BenchQuery[],
  parameters: QueryParameters,
  samples: number,
): Promise<Breakdown[]> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    maxConnectionPoolSize: 50,
    logging: undefined,
  });
  const timing = { ms: 0, bytes: 0 };
  const timed = (executor: Executor): Executor =>
    new Proxy(executor, {
      get(target, prop, receiver) {
        if (prop === 'read') {
          return async (cypher: string, params?: Record<string, unknown>) => {
            const started = performance.now();
            const rows: Row[] = await target.read(cypher, params);
            timing.ms += performance.now() - started;
            timing.bytes += JSON.stringify(rows).length;
            return rows;
          };
        }
        // Views made per request (round-trip counter, time limit) must time their reads too.
        if (prop === 'withCounter' || prop === 'withTimeLimit') {
          return (...args: unknown[]) => timed((target[prop] as (...a: unknown[]) => Executor).apply(target, args));
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  const executor = timed(new Executor(driver, undefined));
  const config = readConfig({
    ...process.env,
    PORT: '0',
    LOAD_BUNDLED_DATA: 'false',
    NODE_ENV: 'production',
    EXPOSE_QUERY_STATS: 'true',
    AUTH_JWT_SECRET: 'bench-only-secret-bench-only-secret',
  });
  const app = await startHttpApp({
    schema: await buildGraphSchema(),
    executor,
    config,
    logger: createLogger('fatal'),
    port: 0,
    host: '127.0.0.1',
  });
  const out: Breakdown[] = [];
  try {
    for (const query of queries) {
      const body = JSON.stringify(query.ours(parameters));
      const raw = query.raw(parameters);
      const rawParams = Object.fromEntries(
        Object.entries(raw.params).map(([k, v]) => [
          k,
          typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v,
        ]),
      );
      const send = async () => {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        return response.text();
      };
      for (let i = 0; i < 5; i++) {
        await send();
        await executor.read(raw.cypher, rawParams);
      }
      // Ours and raw alternate, and medians are kept, so a burst of load from elsewhere hits both alike.
      const totals: number[] = [];
      const databases: number[] = [];
      const raws: number[] = [];
      let responseBytes = 0;
      let roundTrips = 0;
      let ourBytes = 0;
      let rawBytes = 0;
      for (let i = 0; i < samples; i++) {
        timing.ms = 0;
        timing.bytes = 0;
        const started = performance.now();
        const text = await send();
        totals.push(performance.now() - started);
        databases.push(timing.ms);
        ourBytes = timing.bytes;
        responseBytes = text.length;
        roundTrips = Number((JSON.parse(text) as { extensions?: { dbRoundTrips?: number } }).extensions?.dbRoundTrips);
        timing.ms = 0;
        timing.bytes = 0;
        await executor.read(raw.cypher, rawParams);
        raws.push(timing.ms);
        rawBytes = timing.bytes;
      }
      const r2 = (x: number) => Math.round(x * 100) / 100;
      out.push({
        query: query.name,
        samples,
        totalMs: r2(median(totals)),
        databaseMs: r2(median(databases)),
        graphqlMs: r2(median(totals.map((t, i) => t - databases[i]))),
        roundTrips,
        databaseBytes: ourBytes,
        responseBytes,
        rawDatabaseMs: r2(median(raws)),
        rawDatabaseBytes: rawBytes,
      });
    }
  } finally {
    await app.stop();
    await driver.close();
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
