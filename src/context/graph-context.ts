import { AppConfig } from '../config';
import { Executor, RoundTripCounter } from '../db/executor';
import { EntityReader } from '../graph/entity-reader';
import { RelationLoader } from '../graph/relation-loader';
import { StatementBatcher } from '../graph/statement-batcher';
import { AuthUser } from '../auth/roles';
import { UnauthenticatedError } from '../auth/auth-errors';

// The request context sits below the server, the schema and every module that reads it: they import it from here,
// and only the server (src/server/context-factory.ts) builds one.

/** What every resolver receives: per-request loaders over one counting executor, the caller, and the configuration. */
export interface GraphContext {
  entities: EntityReader;
  relations: RelationLoader;
  /** Joins the read statements of one nesting level into one round trip; use it for every read in resolvers. */
  reader: StatementBatcher;
  executor: Executor;
  /** Database round trips made for this request so far. */
  roundTrips: RoundTripCounter;
  config: AppConfig;
  /** The caller from a valid bearer token, or null. */
  user: AuthUser | null;
  /** Why a presented token was refused; raised only by operations that need a user (open reads ignore it). */
  authError: UnauthenticatedError | null;
  /** Id of this request (also in logs and the `x-request-id` header). */
  requestId: string;
  /** Languages of the Accept-Language header, most wanted first (empty when it names none); used by `name(lang:)`. */
  languages?: string[];
}

/** The parts of an HTTP request the context needs. */
export interface RequestInfo {
  authorization?: string | null;
  requestId: string;
  /** Languages of the Accept-Language header, most wanted first. */
  languages?: string[];
}
