import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { execute, parse } from 'graphql';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { Driver, ProfiledPlan } from 'neo4j-driver';
import { projectRoot } from '../src/project-root';
import { readConfig } from '../src/config';
import { Executor } from '../src/db/executor';
import { createLogger } from '../src/logger';
import { buildGraphSchema } from '../src/schema/build-schema';
import { startHttpApp } from '../src/server/http-app';
import { recordStatements } from '../test/support/statement-recorder';
import { Scale, SCALES } from './data/synthetic-data';
import { BENCH_PASSWORD, openBenchDatabase } from './bench-database';
import { pickParameterSets } from './parameters';
import { BenchQuery, QUERIES, QueryParameters } from './queries';
import { neo4jGraphQLTypeDefs } from './targets/neo4j-graphql-type-defs';
import { integers } from './targets/target-env';

/*
 * `npm run bench:plans -- --scale S`: the Cypher our API and @neo4j/graphql 7 send for every benchmark query and the
 * hand-written floor's statement, each with its PROFILE (operators, rows, database hits), run on the bench graph of a
 * scale with the first parameter set the benchmark uses (issue 15, section 2: the library's "generated Cypher and
 * PROFILE are committed with the results", the floor "checked with PROFILE, re-checked when ours changes"). Our API
 * runs in this process over HTTP as `npm start` serves it; both GraphQL servers' statements are recorded at their
 * driver (test/support/statement-recorder.ts). Writes bench/results/<date>-plans-<scale>.md and .json.
 */

/** One statement as a target sent it, and what PROFILE said of it. */
export interface ProfiledStatement {
  cypher: string;
  /** Parameter names with a short form of each value (lists by length). */
  params: Record<string, string>;
  dbHits: number;
  rows: number;
  /** The plan, one operator a line, indented by depth: `Operator (rows, db hits) details`. */
  plan: string[];
}

/** What one query sent to Neo4j through each target. */
export interface QueryPlans {
  query: string;
  title: string;
  comparison: BenchQuery['comparison'];
  ours: ProfiledStatement[];
  library: ProfiledStatement[];
  raw: ProfiledStatement[];
}

/** A parameter value in a few characters: lists and maps by size, strings cut at 40. */
function shortValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.length} values]`;
  if (value && typeof value === 'object' && !('low' in value)) return `{${Object.keys(value).join(', ')}}`;
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : String((value as { toString(): string })?.toString?.() ?? value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The plan as lines, one operator each, with its rows and database hits and Neo4j's own details. */
function planLines(plan: ProfiledPlan, depth = 0): string[] {
  const details = typeof plan.arguments?.Details === 'string' ? ` ${plan.arguments.Details.replace(/\s+/g, ' ')}` : '';
  const line = `${'  '.repeat(depth)}${plan.operatorType.replace(/@neo4j$/, '')} (rows ${plan.rows}, db hits ${plan.dbHits})${details}`;
  return [
    line.length > 220 ? `${line.slice(0, 220)}…` : line,
    ...plan.children.flatMap((c) => planLines(c, depth + 1)),
  ];
}

function totalHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalHits(child), 0);
}

/**
 * Runs `PROFILE` over a statement (after any `CYPHER` options line, where Neo4j wants it) in a read transaction.
 * @throws the driver's error when the statement fails
 */
async function profile(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<ProfiledStatement> {
  const options = /^CYPHER [^\n]*\n/.exec(cypher)?.[0] ?? '';
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) =>
      tx.run(`${options}PROFILE ${cypher.slice(options.length)}`, params),
    );
    const plan = result.summary.profile as ProfiledPlan;
    return {
      cypher,
      params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, shortValue(v)])),
      dbHits: totalHits(plan),
      rows: result.records.length,
      plan: planLines(plan),
    };
  } finally {
    await session.close();
  }
}

/** A GraphQL server under test and the statements its driver sent since the last `take`. */
interface RecordedServer {
  ask(request: { query: string; variables: Record<string, unknown> }): Promise<void>;
  take(): Array<{ cypher: string; params: Record<string, unknown> }>;
}

/** Records every statement `driver` sends from now on; `take` empties the record. */
function recorder(driver: Driver) {
  const texts: string[] = [];
  const params: Array<Record<string, unknown>> = [];
  recordStatements(driver, texts, params);
  return () => {
    const sentParams = params.splice(0);
    return texts.splice(0).map((cypher, i) => ({ cypher, params: sentParams[i] ?? {} }));
  };
}

/**
 * What one query sent through each GraphQL server (statements run while it answered, but the library's version
 * check), and the floor's statement, each profiled.
 * @throws Error when a server answers with errors
 */
async function plansOf(
  query: BenchQuery,
  p: QueryParameters,
  driver: Driver,
  servers: { ours: RecordedServer; library: RecordedServer },
): Promise<QueryPlans> {
  const profiled = async (server: RecordedServer, request: { query: string; variables: Record<string, unknown> }) => {
    server.take();
    await server.ask(request);
    const statements = server.take().filter((s) => !/dbms\.components/.test(s.cypher));
    const out: ProfiledStatement[] = [];
    for (const statement of statements) out.push(await profile(driver, statement.cypher, statement.params));
    return out;
  };
  const raw = query.raw(p);
  return {
    query: query.name,
    title: query.title,
    comparison: query.comparison,
    ours: await profiled(servers.ours, query.ours(p)),
    library: await profiled(servers.library, query.neo4jGraphql(p)),
    raw: [await profile(driver, raw.cypher, integers(raw.params))],
  };
}

function markdown(scale: Scale, date: string, neo4jVersion: string, plans: QueryPlans[]): string {
  const cell = (statements: ProfiledStatement[]) =>
    `${statements.length}: ${statements.map((st) => st.dbHits).join(' + ')} (${statements.map((st) => st.rows).join(' + ')} rows)`;
  const lines = [
    `# Cypher and PROFILE of the benchmark queries, scale ${scale} (${date})`,
    '',
    `\`npm run bench:plans -- --scale ${scale}\` on Neo4j ${neo4jVersion}: the statements our API and @neo4j/graphql 7`,
    'sent for each benchmark query (bench/queries.ts; the library in its idiomatic best form) and the hand-written',
    "floor's statement, each profiled with the first parameter set of the benchmark. Database hits are summed over each",
    'plan; a cell gives the number of statements, their db hits and the rows they returned.',
    '',
    '| query | compared | ours | @neo4j/graphql 7 | floor |',
    '|---|---|---:|---:|---:|',
    ...plans.map((q) => `| ${q.query} | ${q.comparison} | ${cell(q.ours)} | ${cell(q.library)} | ${cell(q.raw)} |`),
    '',
  ];
  for (const q of plans) {
    lines.push(`## ${q.query}: ${q.title}`, '');
    for (const [who, statements] of [
      ['Ours', q.ours],
      ['@neo4j/graphql 7', q.library],
      ['Floor (hand-written)', q.raw],
    ] as const) {
      statements.forEach((st, i) => {
        lines.push(
          `### ${who}${statements.length > 1 ? `, statement ${i + 1}` : ''}: ${st.dbHits} db hits, ${st.rows} rows`,
          '',
          `Parameters: ${
            Object.entries(st.params)
              .map(([k, v]) => `\`$${k}\` = ${v}`)
              .join(', ') || 'none'
          }`,
          '',
          '```cypher',
          st.cypher.trim(),
          '```',
          '',
          '```text',
          ...st.plan,
          '```',
          '',
        );
      });
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<void> {
  const options = new Command()
    .name('bench:plans')
    .description("The library's generated Cypher and the floor's statement for every benchmark query, with PROFILE.")
    .option(
      '-s, --scale <scale>',
      `one of ${SCALES.join(', ')}`,
      (v) => {
        if (!SCALES.includes(v as Scale)) throw new InvalidArgumentError(`"${v}" is not one of ${SCALES.join(', ')}`);
        return v as Scale;
      },
      'S' as Scale,
    )
    .option('--seed <n>', 'seed of the synthetic data (as the benchmark)', (v) => Number(v), 42)
    .option('--bolt-port <n>', 'first Bolt port of the bench servers (as the benchmark)', (v) => Number(v), 7791)
    .parse(argv)
    .opts<{ scale: Scale; seed: number; boltPort: number }>();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const db = await openBenchDatabase({
    scale: options.scale,
    seed: options.seed,
    boltPort: options.boltPort + SCALES.indexOf(options.scale),
    reload: false,
    log,
  });
  try {
    const [parameters] = await pickParameterSets(db.executor);
    const [component] = await db.executor.read(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS version',
    );
    const ourDriver = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', BENCH_PASSWORD));
    const libraryDriver = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', BENCH_PASSWORD));
    const takeOurs = recorder(ourDriver);
    const takeLibrary = recorder(libraryDriver);
    const app = await startHttpApp({
      schema: await buildGraphSchema(),
      executor: new Executor(ourDriver, undefined),
      config: readConfig({ ...process.env, PORT: '0', LOAD_BUNDLED_DATA: 'false', NEO4J_URI: db.uri }),
      logger: createLogger('fatal'),
      port: 0,
      host: '127.0.0.1',
    });
    const library = await new Neo4jGraphQL({ typeDefs: neo4jGraphQLTypeDefs(), driver: libraryDriver }).getSchema();
    const servers = {
      ours: {
        async ask(request: { query: string; variables: Record<string, unknown> }) {
          const response = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(request),
          });
          const body = (await response.json()) as { errors?: Array<{ message: string }> };
          if (body.errors?.length) throw new Error(`ours answered ${body.errors[0].message}`);
        },
        take: takeOurs,
      },
      library: {
        async ask(request: { query: string; variables: Record<string, unknown> }) {
          const answer = await execute({
            schema: library,
            document: parse(request.query),
            variableValues: request.variables,
            contextValue: {},
          });
          if (answer.errors?.length) throw new Error(`the library answered ${answer.errors[0].message}`);
        },
        take: takeLibrary,
      },
    };
    const plans: QueryPlans[] = [];
    try {
      for (const query of QUERIES) {
        const q = await plansOf(query, parameters, db.driver, servers);
        plans.push(q);
        const hits = (st: ProfiledStatement[]) => st.map((x) => x.dbHits).join(' + ');
        log(`${query.name}: ours ${hits(q.ours)} db hits, library ${hits(q.library)}, floor ${hits(q.raw)}`);
      }
    } finally {
      await app.stop();
      await ourDriver.close();
      await libraryDriver.close();
    }
    const date = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
    const base = path.join(projectRoot(), 'bench', 'results', `${date}-plans-${options.scale}`);
    fs.writeFileSync(
      `${base}.json`,
      `${JSON.stringify({ date, scale: options.scale, neo4jVersion: component?.version, parameters, plans }, null, 2)}\n`,
    );
    fs.writeFileSync(`${base}.md`, markdown(options.scale, date, String(component?.version), plans));
    log(`Wrote ${path.relative(projectRoot(), base)}.md and .json`);
  } finally {
    await db.stop();
  }
}

main(process.argv).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
