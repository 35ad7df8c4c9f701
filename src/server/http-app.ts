import http from 'node:http';
import express, { ErrorRequestHandler } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLSchema } from 'graphql';
import { AppConfig } from '../config';
import { Executor } from '../db/executor';
import { formatError } from '../errors/format-error';
import { Logger } from '../logger';
import { contextFactory, GraphContext } from './context';
import { graphiqlRouter } from './graphiql';
import { dashboardRouter } from '../modules/dashboard/dashboard.router';
import { errorLoggingPlugin, readAccessPlugin, roundTripsPlugin } from './plugins';
import { TokenVerifier } from '../auth/token-verifier';
import { randomUUID } from 'node:crypto';

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
 * Starts the HTTP server: GraphQL (POST and GET) at /graphql, the offline IDE for browsers at GET /graphql, and
 * /health/live and /health/ready. Malformed JSON bodies get a 400 with a short GraphQL-shaped error.
 * @param port 0 picks a free port (tests)
 */
export async function startHttpApp(options: {
  schema: GraphQLSchema;
  executor: Executor;
  config: AppConfig;
  logger: Logger;
  port: number;
  host?: string;
}): Promise<RunningApp> {
  const { schema, executor, config, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const plugins = [
    ApolloServerPluginDrainHttpServer({ httpServer: server }),
    ApolloServerPluginLandingPageDisabled(),
    // Federated tracing (ftv1) costs time on every request; routers that want it can enable it per deployment.
    ApolloServerPluginInlineTraceDisabled(),
    errorLoggingPlugin(logger),
    ...(config.exposeQueryStats ? [roundTripsPlugin()] : []),
    ...(config.auth.readsRequireAuth ? [readAccessPlugin()] : []),
  ];
  const apollo = new ApolloServer<GraphContext>({
    schema,
    plugins,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
  await apollo.start();

  app.get('/', (_req, res) => res.redirect(GRAPHQL_PATH));
  app.get('/health/live', (_req, res) => res.json({ status: 'ok' }));
  app.get('/health/ready', async (_req, res) => {
    try {
      await executor.read('RETURN 1 AS ok', {}, { timeoutMs: 2_000 });
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'not ready', reason: `Neo4j is not reachable: ${(error as Error).message}` });
    }
  });
  app.use(graphiqlRouter(GRAPHQL_PATH));
  app.use(dashboardRouter());
  const makeContext = contextFactory(executor, config, new TokenVerifier(config.auth));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = req.header('x-request-id') || randomUUID();
        res.setHeader('x-request-id', requestId);
        return makeContext({ authorization: req.header('authorization'), requestId });
      },
    }),
  );
  app.use(malformedBodyHandler);

  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    apollo,
    url: `http://localhost:${port}`,
    stop: () => apollo.stop(),
  };
}

/** A body that is not JSON gets 400 and one short error, never a stack trace or a file path (field case F14). */
const malformedBodyHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message = status === 500 ? 'Internal server error' : error?.type === 'entity.too.large' ? 'Request body too large' : 'Malformed JSON request body';
  res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
};
