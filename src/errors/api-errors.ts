import { GraphQLError } from 'graphql';
import { excerpt, EXCERPT_LENGTH } from './value-excerpts';

/** The `extensions.code` values this API sends; clients may switch on them. */
export type ApiErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SERVICE_UNAVAILABLE' | 'TIMEOUT';

/** One failing input field and why, as listed in `extensions.fields` of a BAD_USER_INPUT error. */
export interface FieldProblem {
  /** Dotted path of the argument or input field, e.g. `where.yearFrom` or `first`. */
  field: string;
  reason: string;
}

/** Base of every error this API raises on purpose: only these reach clients unmasked (see formatError). */
export abstract class ApiError extends GraphQLError {
  abstract readonly code: ApiErrorCode;
}

/** Input the client can fix: names each failing field and the reason in `extensions.fields`. */
export class BadUserInputError extends ApiError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(readonly fields: FieldProblem[]) {
    super(`Invalid input: ${fields.map(describeProblem).join('; ')}`, {
      extensions: { code: 'BAD_USER_INPUT', fields },
    });
  }

  /** Shorthand for a single field. */
  static of(field: string, reason: string): BadUserInputError {
    return new BadUserInputError([{ field, reason }]);
  }
}

/**
 * One problem as a phrase: "input.endDate must not be before startDate" when the reason starts with the field's own
 * name (class-validator's messages do), or with one of its entries ("countryCodes[1] is not …" gives
 * "where.countryCodes[1] is not …"), else "first: reason", so the message does not say "first: first must …".
 */
function describeProblem({ field, reason }: FieldProblem): string {
  const own = field.slice(field.lastIndexOf('.') + 1);
  return reason.startsWith(`${own} `) || reason.startsWith(`${own}[`)
    ? `${field}${reason.slice(own.length)}`
    : `${field}: ${reason}`;
}

/** The entity named by id does not exist. */
export class NotFoundError extends ApiError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string, id: string) {
    super(`${what} "${excerpt(id)}" was not found`, {
      extensions: { code: 'NOT_FOUND', ...(id.length <= EXCERPT_LENGTH ? { id } : {}) },
    });
  }
}

/** There is no relationship of this type between the two entities; `extensions` names all three. */
export class RelationshipNotFoundError extends ApiError {
  readonly code = 'NOT_FOUND' as const;
  constructor(type: string, from: string, to: string) {
    super(`There is no ${type} relationship from "${excerpt(from)}" to "${excerpt(to)}"`, {
      extensions: { code: 'NOT_FOUND', type, from: excerpt(from), to: excerpt(to) },
    });
  }
}

/**
 * A write collides with existing data (e.g. a uniqueness constraint on `id`, or a delete of a node others depend on).
 * `details` are added to `extensions` (e.g. `id`, `dependents`).
 */
export class ConflictError extends ApiError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code: 'CONFLICT' } });
  }
}

/** The database cannot be reached; the client may retry later. */
export class ServiceUnavailableError extends ApiError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor(message = 'The graph database is not available right now; try again shortly.') {
    super(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
}

/**
 * The request ran past its time limit (config `REQUEST_TIMEOUT_MS`); Neo4j stopped the transaction (its transaction
 * timeout) or the executor gave up waiting. Nothing was written by the statement that timed out.
 * @param limitMs our limit; undefined when none was set and the database's own transaction timeout stopped it (the
 *   message then says so instead of naming a limit of 0 ms)
 */
export class TimeoutError extends ApiError {
  readonly code = 'TIMEOUT' as const;
  constructor(readonly limitMs?: number) {
    super(
      `The request took longer than ${limitMs === undefined ? "the database's transaction time limit" : `its time limit of ${limitMs} ms`} ` +
        `and was stopped; ask for less (smaller pages, fewer hops) or try again.`,
      {
        extensions: limitMs === undefined ? { code: 'TIMEOUT' } : { code: 'TIMEOUT', limitMs },
      },
    );
  }
}
