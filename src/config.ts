import path from 'node:path';
import { projectRoot } from './project-root';
import { MAX_DOCUMENT_LENGTH } from './domain/limits';
import { BUNDLED_DATA_FILES } from './domain/bundled-data';

/** Where the local Neo4j (started by the project itself) lives and how big it may grow. */
export interface LocalNeo4jConfig {
  /** Bolt port on 127.0.0.1 (env `NEO4J_BOLT_PORT`, default 7687). */
  boltPort: number;
  /** Folder holding conf/, data/, logs/ and run/ (env `NEO4J_DATA_DIR`, default `.data/neo4j`). */
  homeDir: string;
  /** JVM heap, Neo4j size syntax such as `512m` (env `NEO4J_HEAP`). */
  heap: string;
  /** Page cache, Neo4j size syntax such as `256m` (env `NEO4J_PAGECACHE`). */
  pageCache: string;
}

/** How bearer tokens are verified (see src/auth). */
export interface AuthConfig {
  /** HS256 shared secret (env `AUTH_JWT_SECRET`); outside production a local default applies when unset. */
  secret: string | undefined;
  /** JWKS URL of an identity provider (env `AUTH_JWKS_URL`); takes precedence over the secret. */
  jwksUrl: string | undefined;
  /** Expected `iss` (env `AUTH_ISSUER`), optional. */
  issuer: string | undefined;
  /** Expected `aud` (env `AUTH_AUDIENCE`), optional. */
  audience: string | undefined;
  /** When true, queries need the reader role too (env `READS_REQUIRE_AUTH`, default false: reads are open). */
  readsRequireAuth: boolean;
}

/** The HS256 secret used outside production when AUTH_JWT_SECRET is unset, so `npm run token` works locally. */
export const LOCAL_DEV_JWT_SECRET = 'vetgraph-local-development-secret-change-me';

/**
 * Bounds on what one request may ask for (see src/server/limits); each rejected query names its value and the limit.
 */
export interface QueryLimitsConfig {
  /** Deepest field nesting (env `QUERY_MAX_DEPTH`, default 12; introspection is exempt). */
  maxDepth: number;
  /** Largest estimated cost: fields times page sizes (env `QUERY_MAX_COST`, default 25 000; see query-cost.ts). */
  maxCost: number;
  /** Most aliases in one document (env `QUERY_MAX_ALIASES`, default 30). */
  maxAliases: number;
  /** Most directives in one document (env `QUERY_MAX_DIRECTIVES`, default 30). */
  maxDirectives: number;
  /** Most lexical tokens in one document (env `QUERY_MAX_TOKENS`, default 5 000). */
  maxTokens: number;
  /** Largest request body in bytes (env `MAX_BODY_BYTES`, default {@link DEFAULT_MAX_BODY_BYTES}: 865 536). */
  maxBodyBytes: number;
  /**
   * Most conditions in one `where` argument, counted through AND/OR/NOT (env `QUERY_MAX_FILTER_CONDITIONS`, default
   * 100).
   */
  maxFilterConditions: number;
  /**
   * Deepest AND/OR/NOT nesting in one `where` argument (env `QUERY_MAX_FILTER_NESTING`, default 10): Neo4j's Cypher
   * compiler overflows its stack on a predicate nested about a hundred levels deep (filterShape in query-cost.ts).
   */
  maxFilterNesting: number;
}

/** Per-client request rate limit: by token subject when a valid token is sent, else by IP address. */
export interface RateLimitConfig {
  /** Requests one client may send per window (env `RATE_LIMIT_MAX`, default 600; 0 turns the limit off). */
  max: number;
  /** Window length in milliseconds (env `RATE_LIMIT_WINDOW_MS`, default 60 000). */
  windowMs: number;
  /**
   * A Redis server that holds the counts, shared by every API process that names it (env `RATE_LIMIT_REDIS_URL`,
   * e.g. `redis://10.0.0.5:6379`); unset (the default), each process counts in its own memory.
   */
  redisUrl: string | undefined;
}

/** Browser-facing settings that differ per environment. */
export interface WebConfig {
  /**
   * Origins allowed by CORS (env `CORS_ORIGINS`, comma-separated; `*` allows any; default none in production, `*`
   * outside).
   */
  corsOrigins: string[];
  /** Schema introspection (env `INTROSPECTION`, default true outside production). */
  introspection: boolean;
  /** The in-browser IDE at GET /graphql (env `GRAPHIQL`, default true outside production). */
  ide: boolean;
  /**
   * The base of linked-data URIs, e.g. `https://vet.example.org` (env `PUBLIC_BASE_URL`, no trailing slash); unset,
   * each answer uses the scheme and Host the request came with.
   */
  publicBaseUrl: string | undefined;
}

/** Everything the process reads from its environment, read once in {@link readConfig}. */
export interface AppConfig {
  /** HTTP port (env `PORT`, default 4000; 0 picks a free port). */
  port: number;
  /** HTTP bind address (env `HOST`, default `0.0.0.0`). */
  host: string;
  neo4j: {
    /** `NEO4J_URI`; when unset the project starts its own local Neo4j and `local` applies. */
    uri: string | undefined;
    username: string;
    password: string;
    /** Database name (env `NEO4J_DATABASE`); undefined means the server's default database. */
    database: string | undefined;
    local: LocalNeo4jConfig;
  };
  /** Largest `first`/`last` a connection accepts (env `MAX_PAGE_SIZE`, default 100). */
  maxPageSize: number;
  /**
   * Read the relationship fields asked under a root list or lookup in the root's own statement, one round trip for
   * a nested selection (env `READ_AHEAD`, default true; graph/read-ahead.ts). Off: one round trip per nesting level.
   */
  readAhead: boolean;
  /** JSON files in the vet-facts format loaded when the database is empty (env `SEED_FILES`, comma-separated). */
  seedFiles: string[];
  /** Load `seedFiles` on start when the database holds no entity (env `LOAD_BUNDLED_DATA`, default true). */
  loadBundledData: boolean;
  /**
   * Add `extensions.dbRoundTrips` and `extensions.cost` ({estimated, limit}) to every response (env
   * `EXPOSE_QUERY_STATS`,
   * default true outside production).
   */
  exposeQueryStats: boolean;
  /** `production` masks more and disables dev conveniences (env `NODE_ENV`). */
  production: boolean;
  /** pino level (env `LOG_LEVEL`, default `info`). */
  logLevel: string;
  auth: AuthConfig;
  /**
   * Longest a request may take, in milliseconds (env `REQUEST_TIMEOUT_MS`, default 10 000). It reaches Neo4j as the
   * transaction timeout of every statement, so a runaway query is stopped inside the database.
   */
  requestTimeoutMs: number;
  /**
   * How long SIGTERM waits for in-flight requests before closing them, in milliseconds (env `SHUTDOWN_GRACE_MS`,
   * default 10 000).
   */
  shutdownGraceMs: number;
  limits: QueryLimitsConfig;
  rateLimit: RateLimitConfig;
  web: WebConfig;
}

/**
 * The default largest request body, in bytes: the largest document `ingestDocument` accepts (MAX_DOCUMENT_LENGTH
 * characters) at 4 bytes each, plus 64 KiB for the query and the other variables. 4 bytes is the most UTF-8 takes for
 * one character, and more than the 2 of JSON's escapes for quotes, backslashes and line breaks, so every legal document
 * fits; only one made mostly of other control characters (6-byte `\u0001` escapes) can exceed it, and gets the 413.
 * (The earlier default of 100 KiB refused legal documents of more than about 100 000 characters before validation.)
 * One limit serves every request: what a query may ask for is bounded by the GraphQL limits and each argument's own
 * caps; this one only bounds how much JSON is read and parsed.
 */
export const DEFAULT_MAX_BODY_BYTES = MAX_DOCUMENT_LENGTH * 4 + 64 * 1024;

/** The password of the project's own local Neo4j when `NEO4J_PASSWORD` is unset. Documented in the README. */
export const LOCAL_DEFAULT_PASSWORD = 'vetgraph-local';

/**
 * Reads the environment into a typed {@link AppConfig}.
 * @param env the environment, `process.env` by default
 * @throws Error naming the variable when a number is malformed
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const root = projectRoot();
  const production = env.NODE_ENV === 'production';
  return {
    port: intFrom(env, 'PORT', 4000),
    host: env.HOST ?? '0.0.0.0',
    neo4j: {
      uri: nonEmpty(env.NEO4J_URI),
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? LOCAL_DEFAULT_PASSWORD,
      database: nonEmpty(env.NEO4J_DATABASE),
      local: {
        boltPort: intFrom(env, 'NEO4J_BOLT_PORT', 7687),
        homeDir: path.resolve(root, env.NEO4J_DATA_DIR ?? '.data/neo4j'),
        heap: env.NEO4J_HEAP ?? '512m',
        pageCache: env.NEO4J_PAGECACHE ?? '256m',
      },
    },
    maxPageSize: intFrom(env, 'MAX_PAGE_SIZE', 100),
    readAhead: boolFrom(env, 'READ_AHEAD', true),
    seedFiles: (nonEmpty(env.SEED_FILES)?.split(',') ?? [...BUNDLED_DATA_FILES]).map((file) =>
      path.resolve(root, file.trim()),
    ),
    loadBundledData: boolFrom(env, 'LOAD_BUNDLED_DATA', true),
    exposeQueryStats: boolFrom(env, 'EXPOSE_QUERY_STATS', !production),
    production,
    logLevel: env.LOG_LEVEL ?? 'info',
    auth: {
      secret: nonEmpty(env.AUTH_JWT_SECRET) ?? (production ? undefined : LOCAL_DEV_JWT_SECRET),
      jwksUrl: nonEmpty(env.AUTH_JWKS_URL),
      issuer: nonEmpty(env.AUTH_ISSUER),
      audience: nonEmpty(env.AUTH_AUDIENCE),
      readsRequireAuth: boolFrom(env, 'READS_REQUIRE_AUTH', false),
    },
    requestTimeoutMs: intFrom(env, 'REQUEST_TIMEOUT_MS', 10_000),
    shutdownGraceMs: intFrom(env, 'SHUTDOWN_GRACE_MS', 10_000),
    limits: {
      maxDepth: intFrom(env, 'QUERY_MAX_DEPTH', 12),
      maxCost: intFrom(env, 'QUERY_MAX_COST', 25_000),
      maxAliases: intFrom(env, 'QUERY_MAX_ALIASES', 30),
      maxDirectives: intFrom(env, 'QUERY_MAX_DIRECTIVES', 30),
      maxTokens: intFrom(env, 'QUERY_MAX_TOKENS', 5_000),
      maxBodyBytes: intFrom(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES),
      maxFilterConditions: intFrom(env, 'QUERY_MAX_FILTER_CONDITIONS', 100),
      maxFilterNesting: intFrom(env, 'QUERY_MAX_FILTER_NESTING', 10),
    },
    rateLimit: {
      max: intFrom(env, 'RATE_LIMIT_MAX', 600),
      windowMs: intFrom(env, 'RATE_LIMIT_WINDOW_MS', 60_000),
      redisUrl: nonEmpty(env.RATE_LIMIT_REDIS_URL),
    },
    web: {
      corsOrigins:
        nonEmpty(env.CORS_ORIGINS)
          ?.split(',')
          .map((origin) => origin.trim())
          .filter(Boolean) ?? (production ? [] : ['*']),
      introspection: boolFrom(env, 'INTROSPECTION', !production),
      ide: boolFrom(env, 'GRAPHIQL', !production),
      publicBaseUrl: nonEmpty(env.PUBLIC_BASE_URL)?.replace(/\/+$/, ''),
    },
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env[name])?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}
