import http from 'node:http';
import express, { ErrorRequestHandler } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLSchema } from 'graphql';
import { AppConfig } from '../config';
import { Executor } from '../db/executor';
import { formatError } from '../errors/format-error';
import { Logger } from '../logger';
import { GraphContext } from '../context/graph-context';
import { contextFactory } from './context-factory';
import { LANGUAGE_TAG } from '../domain/labels';
import { graphiqlRouter } from './graphiql';
import { dashboardRouter } from '../features/dashboard/dashboard.router';
import {
  accessPlugin,
  errorLoggingPlugin,
  loadingGuardPlugin,
  roundTripsPlugin,
  unavailableStatusPlugin,
} from './plugins';
import { TokenVerifier } from '../auth/token-verifier';
import { randomUUID } from 'node:crypto';
import { ReadinessCheck } from './readiness';
import { queryLimitGuards } from './limits/query-limits';
import { rateLimiter } from './rate-limit';
import { errorShapePlugin } from './error-shape-plugin';
import { webSecurity } from './web-security';
import { readAccess } from './read-access';
import { linkedDataRouter } from '../features/linked-data/linked-data.router';
import { GRAPHQL_CSV_PATH, graphqlCsvHandler } from './csv/graphql-csv';

/** The GraphQL endpoint path. */
export const GRAPHQL_PATH = '/graphql';

/** A started HTTP server and how to stop it. */
export interface RunningApp {
  server: http.Server;
  apollo: ApolloServer<GraphContext>;
  /** The base URL, e.g. `http://localhost:4000`. */
  url: string;
  /** Stops accepting requests, lets in-flight ones finish, then stops Apollo. Does not close the driver. */
  stop(): Promise<void>;
}

/**
 * Starts the HTTP server: GraphQL (POST and GET) at /graphql and a list answer as CSV at /graphql/csv, the offline IDE
 * for browsers at GET /graphql (when `GRAPHIQL`), linked data at /id/<type>/<key>, /id/dump.jsonld and /ns (issue
 * 17), and /health/live and /health/ready. Malformed JSON bodies get a 400 with a short GraphQL-shaped error.
 * Every response has security headers and CORS by allow-list; /graphql, /graphql/csv and the linked data are
 * rate-limited per client (one count), and GraphQL documents
 * are limited in size, depth, aliases, directives, tokens and cost (issue 6).
 * @param port 0 picks a free port (tests)
 * @param readiness what /health/ready reports; without it, a ping of Neo4j
 */
export async function startHttpApp(options: {
  schema: GraphQLSchema;
  executor: Executor;
  config: AppConfig;
  logger: Logger;
  port: number;
  host?: string;
  readiness?: ReadinessCheck;
}): Promise<RunningApp> {
  const { schema, executor, config, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const plugins = [
    ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.shutdownGraceMs }),
    ApolloServerPluginLandingPageDisabled(),
    // Federated tracing (ftv1) costs time on every request; routers that want it can enable it per deployment.
    ApolloServerPluginInlineTraceDisabled(),
    errorLoggingPlugin(logger),
    ...(config.exposeQueryStats ? [roundTripsPlugin()] : []),
    accessPlugin(config.auth.readsRequireAuth),
    ...(options.readiness ? [loadingGuardPlugin(options.readiness)] : []),
    unavailableStatusPlugin(),
    errorShapePlugin(schema, !config.web.introspection),
  ];
  const limits = queryLimitGuards(config.limits, config.maxPageSize, config.production, config.exposeQueryStats);
  const apollo = new ApolloServer<GraphContext>({
    schema,
    plugins: [...plugins, ...limits.plugins],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" naming fields a client cannot see where introspection is off (production) (issue 12).
    hideSchemaDetailsFromClientErrors: !config.web.introspection,
    introspection: config.web.introspection,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM (drain HTTP, then close the driver, exit 0); Apollo's own handler would stop the
    // server and re-send the signal, killing the process (exit 143) before that shutdown finished.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use(webSecurity(config.web));
  app.get('/', (_req, res) => res.redirect(GRAPHQL_PATH));
  app.get('/health/live', (_req, res) => res.json({ status: 'ok' }));
  const readiness = options.readiness ?? pingReadiness(executor);
  app.get('/health/ready', async (_req, res) => {
    const report = await readiness.check();
    if (report.ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'not ready', reason: report.reason });
  });
  if (config.web.ide) app.use(graphiqlRouter(GRAPHQL_PATH));
  app.use(dashboardRouter());
  const verifier = new TokenVerifier(config.auth);
  const makeContext = contextFactory(executor, config, verifier);
  const limiter = rateLimiter(config.rateLimit, verifier);
  // Linked data (issue 17): the same rate limit and read rule as /graphql, each statement under the request time limit.
  app.use(['/id', '/ns'], limiter.handler, readAccess(verifier, config.auth.readsRequireAuth));
  const timed = () => (config.requestTimeoutMs > 0 ? executor.withTimeLimit(config.requestTimeoutMs) : executor);
  app.use(
    linkedDataRouter({
      executor: timed,
      publicBaseUrl: config.web.publicBaseUrl,
      onError: (err) => logger.error({ err }, 'linked-data request failed'),
    }),
  );
  const requestContext = async ({ req, res }: { req: express.Request; res: express.Response }) => {
    // A caller's own id is kept when it is a plain token (so a gateway's id flows through), else a new one is made.
    const sent = req.header('x-request-id');
    const requestId = sent && /^[\w.:-]{1,128}$/.test(sent) ? sent : randomUUID();
    res.setHeader('x-request-id', requestId);
    // Accept-Language in preference order ("*" names no language); a tag of another shape is dropped, never echoed.
    const languages = req
      .acceptsLanguages()
      .filter((tag) => tag !== '*' && LANGUAGE_TAG.test(tag))
      .slice(0, 10);
    return makeContext({ authorization: req.header('authorization'), requestId, languages });
  };
  // Before /graphql, whose prefix it shares: a list answer as CSV, through the same Apollo server (issue 17).
  app.all(
    GRAPHQL_CSV_PATH,
    limiter.handler,
    express.json({ limit: config.limits.maxBodyBytes }),
    graphqlCsvHandler(apollo, requestContext),
  );
  app.use(
    GRAPHQL_PATH,
    limiter.handler,
    express.json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(apollo, { context: requestContext }),
  );
  app.use(malformedBodyHandler);
  // Anything else: a JSON 404 naming what is served, instead of Express's HTML page.
  app.use((req, res) => {
    res.status(404).json({
      error: `Nothing is served at ${req.method} ${req.path.slice(0, 200)}`,
      paths: servedPaths(config.web.ide),
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    apollo,
    url: `http://localhost:${port}`,
    stop: async () => {
      await apollo.stop();
      await limiter.close();
    },
  };
}

/** The paths a client may ask for, for the 404 answer. */
function servedPaths(ide: boolean): string[] {
  return [
    `POST ${GRAPHQL_PATH}`,
    `POST ${GRAPHQL_CSV_PATH}`,
    ...(ide ? [`GET ${GRAPHQL_PATH} (IDE)`] : []),
    'GET /dashboard',
    'GET /id/<type>/<key>',
    'GET /id/dump.jsonld',
    'GET /ns',
    'GET /health/live',
    'GET /health/ready',
  ];
}

/** Readiness when no {@link ReadinessCheck} is given: Neo4j answers a ping within 2 s. */
function pingReadiness(executor: Executor): ReadinessCheck {
  return {
    async check() {
      try {
        await executor.ping(2_000);
        return { ready: true };
      } catch {
        return { ready: false, reason: 'Neo4j is not reachable' };
      }
    },
  };
}

/** A body that is not JSON gets 400 and one short error, never a stack trace or a file path (field case F14). */
const malformedBodyHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    status === 500
      ? 'Internal server error'
      : error?.type === 'entity.too.large'
        ? 'Request body too large'
        : 'Malformed JSON request body';
  res
    .status(status)
    .json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
};
