import { randomBytes } from 'node:crypto';
import { RequestHandler, Response } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import { WebConfig } from '../config';

/** The per-response nonce that lets the IDE page's one inline script run under the Content-Security-Policy. */
export function cspNonce(res: Response): string {
  return String(res.locals.cspNonce ?? '');
}

/**
 * Security headers and CORS for every response:
 * - helmet's defaults (HSTS, nosniff, no referrer, …) with a Content-Security-Policy whose script-src allows our own
 *   files plus a fresh nonce per response (the IDE's inline start-up script carries it), and no framing at all;
 * - CORS from the allow-list `CORS_ORIGINS` (`*` allows any origin; an empty list sends no CORS headers, so browsers
 *   on other origins are refused). Apollo's CSRF prevention stays on as well: a simple cross-site request
 *   (form-encoded, or GET without a JSON content type or an `apollo-require-preflight` header) is refused with 400.
 */
export function webSecurity(config: WebConfig): RequestHandler[] {
  const anyOrigin = config.corsOrigins.includes('*');
  return [
    (_req, res, next) => {
      res.locals.cspNonce = randomBytes(16).toString('base64');
      next();
    },
    helmet({
      contentSecurityPolicy: {
        directives: {
          scriptSrc: ["'self'", (_req, res) => `'nonce-${cspNonce(res as Response)}'`],
          frameAncestors: ["'none'"],
          // The API is often served over plain HTTP behind a TLS proxy or on a LAN host; forcing https sub-requests
          // would break the IDE there. The proxy that terminates TLS can add it.
          upgradeInsecureRequests: null,
        },
      },
    }),
    cors({
      origin: anyOrigin ? true : config.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
      exposedHeaders: ['x-request-id', 'retry-after', 'ratelimit', 'ratelimit-policy'],
      maxAge: 600,
    }),
  ];
}
