import { AuthChecker } from 'type-graphql';
import { GraphContext } from '../server/context';
import { ForbiddenError, UnauthenticatedError } from './auth-errors';
import { grants, isRole } from './roles';

/**
 * type-graphql's check for `@Authorized('editor')` and the like: no (valid) token → UNAUTHENTICATED, a token without
 * the role → FORBIDDEN. It runs before the resolver, so a refused write never reaches the database.
 */
export const authChecker: AuthChecker<GraphContext> = ({ context }, roles) => {
  if (context.authError) throw context.authError;
  if (!context.user) throw new UnauthenticatedError();
  const needed = roles.find(isRole) ?? 'reader';
  if (!grants(context.user.roles, needed)) throw new ForbiddenError(needed);
  return true;
};
