import { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import { createClient } from 'redis';
import { RateLimitConfig } from '../config';
import { TokenVerifier } from '../auth/token-verifier';

/** The rate limit's middleware and how to release what it holds (the Redis connection, when there is one). */
export interface RateLimiter {
  handler: RequestHandler;
  close(): Promise<void>;
}

/** Prefix of the rate limit's keys in a shared Redis, so other users of that Redis are not disturbed. */
export const REDIS_KEY_PREFIX = 'vet-policy-graph:rate-limit:';

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
  const shared = config.redisUrl ? redisStore(config.redisUrl) : undefined;
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

/** How long a request waits for the Redis of the rate limit before it passes uncounted. */
export const REDIS_COMMAND_TIMEOUT_MS = 1_000;

/**
 * A rate-limit store in the Redis at `url`. The client connects in the background and reconnects after a drop;
 * while it is not connected, a command waits at most REDIS_COMMAND_TIMEOUT_MS and then fails, so the request passes
 * (passOnStoreError) instead of waiting for Redis.
 */
function redisStore(url: string): { store: Store; close(): Promise<void> } {
  const client = createClient({ url });
  client.on('error', () => undefined); // node-redis reports each failed reconnection here; the store's errors are logged
  const connecting = client.connect().catch(() => undefined);
  const store = new ReloadingRedisStore({
    prefix: REDIS_KEY_PREFIX,
    sendCommand: (...args: string[]) => client.sendCommand(args, { timeout: REDIS_COMMAND_TIMEOUT_MS }),
  });
  return {
    store,
    async close() {
      await connecting;
      if (client.isOpen) await client.close();
    },
  };
}

/**
 * rate-limit-redis loads its Lua scripts once, when the limiter starts; if Redis could not be reached then, every
 * later count would fail on the failed load. This store loads them again after a failed count, so counting resumes
 * as soon as Redis is back.
 */
class ReloadingRedisStore extends RedisStore {
  override async increment(key: string) {
    try {
      return await super.increment(key);
    } catch (error) {
      this.incrementScriptSha = this.loadIncrementScript();
      this.getScriptSha = this.loadGetScript();
      this.incrementScriptSha.catch(() => undefined);
      this.getScriptSha.catch(() => undefined);
      throw error;
    }
  }
}
