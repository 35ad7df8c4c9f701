import pino, { Logger } from 'pino';

/** Creates the process logger (JSON lines on stdout; `LOG_LEVEL` sets the level). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'vet-policy-graph' } });
}

export type { Logger };
