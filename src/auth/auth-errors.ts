import { ApiError } from '../errors/api-errors';

/** No valid bearer token on an operation that needs one. */
export class UnauthenticatedError extends ApiError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'This operation needs a valid bearer token (Authorization: Bearer <JWT>).') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

/** A valid token whose roles do not allow the operation. */
export class ForbiddenError extends ApiError {
  readonly code = 'FORBIDDEN' as const;
  constructor(needed: string) {
    super(`This operation needs the ${needed} role.`, { extensions: { code: 'FORBIDDEN', neededRole: needed } });
  }
}
