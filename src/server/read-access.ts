import { RequestHandler } from 'express';
import { TokenVerifier } from '../auth/token-verifier';
import { UnauthenticatedError } from '../auth/auth-errors';
import { readRefusal } from '../auth/roles';

/**
 * The read rule of /graphql's access plugin (src/server/plugins.ts) for plain HTTP routes that read the graph
 * (linked data): a bearer token that was sent but does not verify → 401, whatever the deployment; with
 * `readsRequireAuth` (READS_REQUIRE_AUTH), no token → 401 and a token without the reader role → 403. Errors are
 * GraphQL-shaped like /graphql's (`errors[0].extensions.code`).
 */
export function readAccess(verifier: TokenVerifier, readsRequireAuth: boolean): RequestHandler {
  return async (req, res, next) => {
    let user;
    try {
      user = await verifier.userFrom(req.header('authorization'));
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) return next(error);
      return void res
        .status(401)
        .json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const refused = readRefusal(user, readsRequireAuth);
    if (refused)
      return void res
        .status(refused.status)
        .json({ errors: [{ message: refused.error.message, extensions: refused.error.extensions }] });
    next();
  };
}
