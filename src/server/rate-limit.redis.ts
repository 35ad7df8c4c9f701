import { Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import { createClient } from 'redis';
import { REDIS_COMMAND_TIMEOUT_MS, REDIS_KEY_PREFIX } from './rate-limit.constants';

/**
 * A rate-limit store in the Redis at `url`. The client connects in the background and reconnects after a drop;
 * while it is not connected, a command waits at most REDIS_COMMAND_TIMEOUT_MS and then fails, so the request passes
 * (passOnStoreError) instead of waiting for Redis.
 */
export function redisStore(url: string): { store: Store; close(): Promise<void> } {
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
