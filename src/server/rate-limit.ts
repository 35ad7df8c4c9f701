import { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { RateLimitConfig } from '../config';
import { TokenVerifier } from '../auth/token-verifier';

/**
 * Per-client rate limit (express-rate-limit, in-memory: one API process; a shared store is needed behind a load
 * balancer). The client is the token's subject when a valid bearer token is sent, else the IP address (IPv6 by /56,
 * so one host cannot dodge the limit by rotating addresses). Over the limit: HTTP 429, `Retry-After` in seconds, the
 * IETF `RateLimit`/`RateLimit-Policy` headers, and a GraphQL-shaped error with code RATE_LIMITED.
 * Returns a pass-through handler when `max` is 0.
 */
export function rateLimiter(config: RateLimitConfig, verifier: TokenVerifier): RequestHandler {
  if (config.max === 0) return (_req, _res, next) => next();
  const windowSeconds = Math.ceil(config.windowMs / 1000);
  return rateLimit({
    windowMs: config.windowMs,
    limit: config.max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Behind a proxy, set Express's `trust proxy` so req.ip is the client; a forged X-Forwarded-For is ignored here.
    validate: { xForwardedForHeader: false },
    keyGenerator: async (req) => {
      try {
        const user = await verifier.userFrom(req.header('authorization'));
        if (user) return `sub:${user.subject}`;
      } catch {
        // An invalid token counts against the address it came from.
      }
      return `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (_req, res) => {
      const retryAfter = Number(res.getHeader('retry-after') ?? windowSeconds);
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${config.max} per ${windowSeconds} s for each client; retry after ${retryAfter} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, limit: config.max, windowSeconds },
          },
        ],
      });
    },
  });
}
