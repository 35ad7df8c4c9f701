import { Neo4jError } from 'neo4j-driver';
import { Executor } from '../db/executor';
import { Logger } from '../logger';
import { ReadinessCheck, ReadinessReport, SetupPhase } from '../server/readiness';

/** How long a readiness probe waits for Neo4j, in milliseconds. */
const PING_TIMEOUT_MS = 2_000;
/** Retry delays of the database setup while Neo4j is unreachable: doubling from the first to the last, in ms. */
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 10_000;

/**
 * Tracks whether the API can serve: the one-time database setup (constraints, indexes, bundled data) has run, Neo4j
 * answers a ping, and the process is not shutting down. The setup runs in the background and is retried with
 * backoff until Neo4j answers, so the API starts, and recovers, without Neo4j (issue 6: "Neo4j down at start").
 */
export class DatabaseReadiness implements ReadinessCheck {
  private prepared = false;
  private phase: SetupPhase | undefined;
  private stopping = false;
  private lastFailure: string | undefined = 'waiting for Neo4j';
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  /**
   * @param setup idempotent work to run once Neo4j answers (it may be interrupted and rerun); it calls `enter` as it
   *   moves from one phase to the next, which readiness reports
   */
  constructor(
    private readonly executor: Executor,
    private readonly setup: (enter: (phase: SetupPhase) => void) => Promise<void>,
    private readonly logger: Logger,
  ) {}

  /** Starts the setup in the background; resolves when it has succeeded (or when {@link stop} gave up on it). */
  start(): Promise<void> {
    this.running ??= this.attempt(FIRST_RETRY_MS);
    return this.running;
  }

  /** Says not ready from now on (shutdown) and stops retrying the setup. */
  stop(): void {
    this.stopping = true;
    clearTimeout(this.timer);
  }

  /**
   * The step the start is at (reaching Neo4j, constraints and indexes, or the bundled dataset going into an empty
   * graph), or false once the setup is done: from process start until then answers could be silently empty or
   * incomplete, so the API refuses every operation that touches the graph (see `loadingGuardPlugin`), including
   * between failed attempts while Neo4j cannot be reached (issue 12: queries used to run in that gap and answer
   * HTTP 200 with nulls).
   */
  get settingUp(): SetupPhase | false {
    if (this.prepared || this.stopping) return false;
    return this.lastFailure !== undefined ? 'connecting' : (this.phase ?? 'connecting');
  }

  async check(): Promise<ReadinessReport> {
    if (this.stopping) return { ready: false, reason: 'shutting down' };
    if (!this.prepared) {
      if (this.lastFailure !== undefined)
        return { ready: false, reason: `database setup not done: ${this.lastFailure}` };
      return {
        ready: false,
        reason:
          this.phase === 'bundled-data'
            ? 'loading the bundled dataset into the empty graph'
            : 'applying constraints and indexes',
      };
    }
    try {
      await this.executor.ping(PING_TIMEOUT_MS);
      return { ready: true };
    } catch (error) {
      this.logger.warn({ err: error }, 'readiness: Neo4j does not answer');
      return { ready: false, reason: describeFailure(error) };
    }
  }

  private async attempt(delayMs: number): Promise<void> {
    while (!this.stopping) {
      try {
        await this.setup((phase) => {
          this.phase = phase;
          this.lastFailure = undefined;
        });
        this.prepared = true;
        this.lastFailure = undefined;
        this.logger.info('Database setup done; the API is ready');
        return;
      } catch (error) {
        this.lastFailure = describeFailure(error);
        this.logger.warn({ err: error, retryInMs: delayMs }, `Database setup failed (${this.lastFailure}); retrying`);
      }
      await new Promise<void>((resolve) => {
        this.timer = setTimeout(resolve, delayMs);
      });
      delayMs = Math.min(delayMs * 2, LAST_RETRY_MS);
    }
  }
}

/** One line for a readiness reason: the Neo4j status code when there is one, never the driver's message. */
export function describeFailure(error: unknown): string {
  const code =
    error instanceof Neo4jError ? error.code : (error as { extensions?: { code?: string } })?.extensions?.code;
  if (code === 'ServiceUnavailable' || code === 'SERVICE_UNAVAILABLE' || code === 'SessionExpired')
    return 'Neo4j is not reachable';
  return code ? `Neo4j error ${code}` : 'unexpected error (see the log)';
}
