import { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { RateLimitConfig } from '../config';
import { TokenVerifier } from '../auth/token-verifier';

/** The rate limit's middleware and how to release what it holds (the Redis connection, when there is one). */
export interface RateLimiter {
  handler: RequestHandler;
  close(): Promise<void>;
}

export { REDIS_COMMAND_TIMEOUT_MS, REDIS_KEY_PREFIX } from './rate-limit.constants';

/**
 * Per-client rate limit (express-rate-limit). The counts live in this process's memory by default; with
 * `redisUrl` they live in that Redis (rate-limit-redis over node-redis), so several API processes behind one load
 * balancer share one limit per client. When that Redis cannot be reached, requests pass uncounted after at most
 * REDIS_COMMAND_TIMEOUT_MS (express-rate-limit's `passOnStoreError`, which logs the error): an outage of the counter
 * does not become an outage of the API, and counting resumes when Redis is back.
 *
 * The client is the token's subject when a valid bearer token is sent, else the IP address (IPv6 by /56, so one host
 * cannot dodge the limit by rotating addresses). Over the limit: HTTP 429, `Retry-After` in seconds, the IETF
 * `RateLimit`/`RateLimit-Policy` headers, and a GraphQL-shaped error with code RATE_LIMITED.
 * A pass-through handler when `max` is 0.
 */
export function rateLimiter(config: RateLimitConfig, verifier: TokenVerifier): RateLimiter {
  if (config.max === 0) return { handler: (_req, _res, next) => next(), close: async () => undefined };
  const windowSeconds = Math.ceil(config.windowMs / 1000);
  const shared = config.redisUrl ? sharedStore().redisStore(config.redisUrl) : undefined;
  const handler = rateLimit({
    windowMs: config.windowMs,
    limit: config.max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: shared?.store,
    passOnStoreError: shared !== undefined,
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
            message:
              `Too many requests: at most ${config.max} per ${windowSeconds} s for each ` +
              `client; retry after ${retryAfter} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, limit: config.max, windowSeconds },
          },
        ],
      });
    },
  });
  return { handler, close: async () => shared?.close() };
}

/**
 * The Redis store's module (rate-limit.redis.ts), loaded only when a shared Redis is configured: node-redis costs
 * about 0.25 s to load, which every start and every API test would otherwise pay for a setting most runs leave unset.
 */
function sharedStore(): typeof import('./rate-limit.redis') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./rate-limit.redis') as typeof import('./rate-limit.redis');
}
