/** Prefix of the rate limit's keys in a shared Redis, so other users of that Redis are not disturbed. */
export const REDIS_KEY_PREFIX = 'vet-policy-graph:rate-limit:';

/** How long a request waits for the Redis of the rate limit before it passes uncounted. */
export const REDIS_COMMAND_TIMEOUT_MS = 1_000;
