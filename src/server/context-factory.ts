import { AppConfig } from '../config';
import { Executor, RoundTripCounter } from '../db/executor';
import { EntityReader } from '../graph/entity-reader';
import { EntityRepository } from '../graph/entity-repository';
import { RelationLoader } from '../graph/relation-loader';
import { StatementBatcher } from '../graph/statement-batcher';
import { ENTITY_DEFINITIONS } from '../entities/entity-definitions';
import { AuthUser } from '../auth/roles';
import { TokenVerifier } from '../auth/token-verifier';
import { UnauthenticatedError } from '../auth/auth-errors';
import { GraphContext, RequestInfo } from '../context/graph-context';

/**
 * Returns the per-request context factory: fresh DataLoaders (their caches must not outlive a request), a
 * round-trip counter and the request's time limit over the one shared driver held by `executor`, and the caller from
 * the bearer token.
 */
export function contextFactory(
  executor: Executor,
  config: AppConfig,
  verifier: TokenVerifier,
): (request: RequestInfo) => Promise<GraphContext> {
  return async ({ authorization, requestId, languages }) => {
    const roundTrips = new RoundTripCounter();
    // The request's time limit starts now and reaches Neo4j as each transaction's timeout (0 turns it off).
    const counted =
      config.requestTimeoutMs > 0
        ? executor.withCounter(roundTrips).withTimeLimit(config.requestTimeoutMs)
        : executor.withCounter(roundTrips);
    const reader = new StatementBatcher(counted);
    let user: AuthUser | null = null;
    let authError: UnauthenticatedError | null = null;
    try {
      user = await verifier.userFrom(authorization);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      authError = error;
    }
    return {
      entities: new EntityReader(new EntityRepository(reader, config.maxPageSize), ENTITY_DEFINITIONS),
      relations: new RelationLoader(reader, config.maxPageSize),
      reader,
      executor: counted,
      roundTrips,
      config,
      user,
      authError,
      requestId,
      languages: languages ?? [],
    };
  };
}
