import { randomUUID } from 'node:crypto';
import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApiError } from '../errors/api-errors';
import { isMasked } from '../errors/format-error';
import { Logger } from '../logger';
import { GraphContext } from './context';
import { ForbiddenError, UnauthenticatedError } from '../auth/auth-errors';
import { grants } from '../auth/roles';

/**
 * Logs each unexpected error with the request's id (also in the `x-request-id` response header) and
 * adds it to the masked errors the client sees, so a support request can be matched to the log line.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const requestId = contextValue.requestId ?? request.http?.headers.get('x-request-id') ?? randomUUID();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof ApiError) continue;
            logger.error({ requestId, operationName, path: error.path, err: original }, 'request failed');
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
 * With READS_REQUIRE_AUTH, every operation (queries too) needs a valid token with at least the reader role;
 * without it, reads are open and only `@Authorized` fields check the caller.
 */
export function readAccessPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.authError) throw contextValue.authError;
          if (!contextValue.user) throw new UnauthenticatedError('Reads need a bearer token on this deployment (READS_REQUIRE_AUTH).');
          if (!grants(contextValue.user.roles, 'reader')) throw new ForbiddenError('reader');
        },
      };
    },
  };
}
