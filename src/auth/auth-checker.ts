import { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from './auth-errors';
import { AuthUser, grants, isRole } from './roles';

/**
 * The part of a request's context the check reads (GraphContext has it): the caller from a valid token, or why a
 * presented token was refused. Naming only these keeps auth/ below the request context.
 */
export interface CallerContext {
  user: AuthUser | null;
  authError: UnauthenticatedError | null;
}

/**
 * type-graphql's check for `@Authorized('editor')` and the like: no (valid) token → UNAUTHENTICATED, a token without
 * the role → FORBIDDEN. It runs before the resolver, so a refused write never reaches the database.
 */
export const authChecker: AuthChecker<CallerContext> = ({ context }, roles) => {
  if (context.authError) throw context.authError;
  if (!context.user) throw new UnauthenticatedError();
  const needed = roles.find(isRole) ?? 'reader';
  if (!grants(context.user.roles, needed)) throw new ForbiddenError(needed);
  return true;
};
