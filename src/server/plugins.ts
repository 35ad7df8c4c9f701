import { randomUUID } from 'node:crypto';
import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isClientError, isMasked } from '../errors/format-error';
import { ServiceUnavailableError } from '../errors/api-errors';
import { ReadinessCheck, SetupPhase } from './readiness';
import { Logger } from '../logger';
import { GraphContext } from '../context/graph-context';
import { UnauthenticatedError } from '../auth/auth-errors';
import { readRefusal } from '../auth/roles';

/**
 * Logs each unexpected error (at error level, with its stack) with the request's id (also in the `x-request-id`
 * response header) and
 * adds it to the masked errors the client sees, so a support request can be matched to the log line.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const requestId = contextValue.requestId ?? request.http?.headers.get('x-request-id') ?? randomUUID();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            // A client's mistake (bad input, unknown field, refused token) is not a fault: one debug line without a
            // stack, so that real faults stand out at error level.
            if (isClientError(error)) {
              logger.debug(
                { requestId, operationName, path: error.path, code: error.extensions?.code, message: error.message },
                'request refused',
              );
              continue;
            }
            logger.error(
              { requestId, operationName, path: error.path, err: unwrapResolverError(error) },
              'request failed',
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (isMasked(error)) (error.extensions as Record<string, unknown>).requestId = requestId;
          }
        },
      };
    },
  };
}

/** Adds `extensions.dbRoundTrips` (statements sent to Neo4j for this request) to every response. */
export function roundTripsPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, dbRoundTrips: contextValue.roundTrips.count };
        },
      };
    },
  };
}

/**
 * Checks the caller before any resolver runs:
 * - a bearer token that was sent but does not verify (expired, wrong signature, malformed) refuses the operation
 *   with UNAUTHENTICATED, reads included: a client that sends a token expects it to count, and answering as
 *   anonymous would hide the mistake;
 * - a mutation without a token is refused before any resolver (every mutation needs the editor or admin role);
 * - with `readsRequireAuth` (READS_REQUIRE_AUTH), every operation needs a valid token with at least the reader role;
 *   without it, reads are open and only `@Authorized` fields check the caller.
 */
export function accessPlugin(readsRequireAuth: boolean): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.authError) throw withHttpStatus(contextValue.authError, 401);
          // Every mutation needs a role, so one without a token is refused whole, with 401 like a bad token.
          if (operation?.operation === 'mutation' && !contextValue.user) {
            throw withHttpStatus(
              new UnauthenticatedError(
                'Mutations need a bearer token (Authorization: Bearer <JWT>) with the editor role, or admin for ' +
                  'deletes and ingestion; `npm run token` prints one locally.',
              ),
              401,
            );
          }
          const refused = readRefusal(contextValue.user, readsRequireAuth);
          if (refused) throw withHttpStatus(refused.error, refused.status);
        },
      };
    },
  };
}

/** What a refused operation is told while the database setup runs, per step. */
const SETUP_MESSAGE: Record<SetupPhase, string> = {
  connecting:
    'The API is starting and the graph database is not ready yet; try again in a few seconds. /health/ready says ' +
    'when it is.',
  schema:
    'The graph database is being prepared (constraints and indexes); try again in a few seconds. /health/ready says ' +
    'when it is done.',
  counts:
    "The dashboard's counts are being built from the graph (once, for a database written by an earlier version); " +
    'try again shortly. /health/ready says when it is done.',
  'bundled-data':
    'The bundled dataset is still being loaded into the empty graph (about 10 s on a first start); try again ' +
    'shortly. /health/ready says when it is done.',
};
/** The `Retry-After` of those refusals, in seconds. */
const SETUP_RETRY_AFTER_SECONDS = 5;

/**
 * From process start until the database setup is done (Neo4j reached, constraints and indexes, then on a first start
 * the bundled dataset), refuses every operation except pure introspection (so the IDE can load the schema) with
 * SERVICE_UNAVAILABLE, HTTP 503 and Retry-After, instead of answering silently from an empty or half-loaded graph (an
 * event without its host, a count of 0). Neo4j unreachable at start is one of those states too.
 */
export function loadingGuardPlugin(readiness: ReadinessCheck): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      if (!readiness.settingUp) return;
      return {
        async didResolveOperation({ operation }) {
          if (!readiness.settingUp) return;
          const introspectionOnly =
            !!operation &&
            operation.selectionSet.selections.every((s) => s.kind === 'Field' && s.name.value.startsWith('__'));
          if (introspectionOnly) return;
          throw withHttpStatus(new ServiceUnavailableError(SETUP_MESSAGE[readiness.settingUp]), 503, {
            'retry-after': String(SETUP_RETRY_AFTER_SECONDS),
          });
        },
      };
    },
  };
}

/**
 * The one rule for a graph database that cannot answer after the start (issue 12): an answer carrying a
 * SERVICE_UNAVAILABLE error (Neo4j unreachable, or still failing after the transient retries) is sent with HTTP 503
 * and Retry-After, as the refusals during the start are, so that clients and load balancers treat both alike.
 */
export function unavailableStatusPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const unavailable = response.body.singleResult.errors?.some(
            (error) => error.extensions?.code === 'SERVICE_UNAVAILABLE',
          );
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(SETUP_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/**
 * Marks an error that refuses the whole request (thrown before execution) with the HTTP status (and headers) Apollo
 * should answer with; without it Apollo answers such errors with 500. The `http` extension is not shown to clients
 * (format-error.ts). Returns the same error.
 */
function withHttpStatus<E extends GraphQLError>(error: E, status: number, headers: Record<string, string> = {}): E {
  (error.extensions as Record<string, unknown>).http = { status, headers: new HeaderMap(Object.entries(headers)) };
  return error;
}
