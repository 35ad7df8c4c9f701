import { randomBytes } from 'node:crypto';
import { RequestHandler, Response } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import { WebConfig } from '../config';

/** The per-response nonce that lets the IDE page's one inline script run under the Content-Security-Policy. */
export function cspNonce(res: Response): string {
  return String(res.locals.cspNonce ?? '');
}

/** The Content-Security-Policy directives every response carries (helmet's defaults otherwise). */
const DIRECTIVES = {
  scriptSrc: ["'self'"],
  frameAncestors: ["'none'"],
  // The API is often served over plain HTTP behind a TLS proxy or on a LAN host; forcing https sub-requests
  // would break the IDE there. The proxy that terminates TLS can add it.
  upgradeInsecureRequests: null,
};

const nonceCsp = helmet.contentSecurityPolicy({
  directives: { ...DIRECTIVES, scriptSrc: ["'self'", (_req, res) => `'nonce-${cspNonce(res as Response)}'`] },
});

/**
 * For a page with an inline script (the IDE): a fresh nonce in `res.locals` (read it with {@link cspNonce}) and a
 * Content-Security-Policy allowing scripts with that nonce, in place of the static one. Only HTML pages pay for the
 * random bytes and the per-response policy (issue 15, item 5: JSON answers did too).
 */
export const scriptNonce: RequestHandler = (req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  nonceCsp(req, res, next);
};

/**
 * Security headers and CORS for every response:
 * - helmet's defaults (HSTS, nosniff, no referrer, …) with a static Content-Security-Policy whose script-src allows
 *   our own files only, and no framing at all (the IDE page adds its nonce through {@link scriptNonce});
 * - CORS from the allow-list `CORS_ORIGINS` (`*` allows any origin; an empty list sends no CORS headers, so browsers
 *   on other origins are refused). Apollo's CSRF prevention stays on as well: a simple cross-site request
 *   (form-encoded, or GET without a JSON content type or an `apollo-require-preflight` header) is refused with 400.
 */
export function webSecurity(config: WebConfig): RequestHandler[] {
  const anyOrigin = config.corsOrigins.includes('*');
  return [
    helmet({ contentSecurityPolicy: { directives: DIRECTIVES } }),
    cors({
      origin: anyOrigin ? true : config.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
      exposedHeaders: ['x-request-id', 'retry-after', 'ratelimit', 'ratelimit-policy'],
      maxAge: 600,
    }),
  ];
}
