import { namedCypher } from '../src/db/cypher-files';
import { Executor } from '../src/db/executor';

/*
 * The conflicting writes of `npm run loadtest` (issue 12): bursts of requests fired at once that race on the same
 * data, while the other clients read and write and Neo4j restarts. Three kinds, chosen in turn:
 * - upsert: BURST identical `upsertOrganisation` of one new id; every answer must be OK (never CONFLICT);
 * - ring: the three FOLLOWS links a→b, b→c, c→a among a shared pool of events; at most two may be accepted;
 * - same link: BURST identical HOSTED_BY links; `created: true` at most once per pair over the whole run.
 * Links are never removed, so every acknowledged link must be in the graph afterwards, and every acknowledged upsert
 * must be one whole node. The audit also checks that no FOLLOWS cycle and no duplicate id exist.
 */

/** Requests per upsert or same-link burst. */
export const BURST = 4;
const POOL_EVENTS = 30;
const POOL_ORGS = 5;

type Post = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ code: string; data?: Record<string, any> }>;

const UPSERT = 'mutation($input: CreateOrganisationInput!) { upsertOrganisation(input: $input) { id } }';
const CREATE_EVENT = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }';
const LINK = 'mutation($input: LinkInput!) { link(input: $input) { created } }';

/** What the conflicting writes did and what the audit found; the figures the README quotes. */
export interface ConflictReport {
  bursts: number;
  requests: number;
  answersByCode: Record<string, number>;
  ringLinksRefusedAsCycles: number;
  upsertConflicts: number;
  invariantChecks: number;
  violations: string[];
  lostAcknowledgedWrites: number;
}

/** The conflicting part of the load: {@link setup} once, {@link burst} from any client, {@link audit} at the end. */
export class ConflictMix {
  private sequence = 0;
  private readonly acknowledgedUpserts = new Set<string>();
  private readonly acknowledgedLinks = new Set<string>();
  private readonly createdAnswers = new Map<string, number>();
  private readonly counts = { bursts: 0, requests: 0, ringRefused: 0, upsertConflicts: 0 };
  private readonly codes: Record<string, number> = {};

  /** @param prefix id prefix of this run (`…:loadtest-<run>-`), so the audit finds only what the run made */
  constructor(
    private readonly prefix: string,
    private readonly post: Post,
    private readonly probe: (id: string) => Record<string, unknown>,
  ) {}

  private event(i: number): string {
    return `event:${this.prefix}e${i}`;
  }

  private org(i: number): string {
    return `org:${this.prefix}o${i}`;
  }

  /** Creates the pool of events and organisations the bursts link (before the load starts). */
  async setup(): Promise<void> {
    for (let i = 0; i < POOL_EVENTS; i += 1) {
      const answer = await this.post(CREATE_EVENT, {
        input: {
          id: this.event(i),
          name: `Load test pool event ${this.prefix}${i}`,
          kind: 'MEETING',
          startDate: '2026-01-01',
        },
      });
      if (answer.code !== 'OK') throw new Error(`setup: createEvent answered ${answer.code}`);
    }
    for (let i = 0; i < POOL_ORGS; i += 1) {
      const answer = await this.post(UPSERT, { input: this.probe(this.org(i)) });
      if (answer.code !== 'OK') throw new Error(`setup: upsertOrganisation answered ${answer.code}`);
    }
  }

  /** One burst of conflicting writes, of the next kind in turn; resolves when every answer is in. */
  async burst(): Promise<void> {
    const n = (this.sequence += 1);
    this.counts.bursts += 1;
    if (n % 3 === 0) return this.upsertBurst(`org:${this.prefix}u${n}`);
    if (n % 3 === 1) return this.ringBurst();
    return this.sameLinkBurst();
  }

  private async send(query: string, variables: Record<string, unknown>) {
    this.counts.requests += 1;
    const answer = await this.post(query, variables).catch((error: Error) => ({
      code: `CLIENT_${error.name}`,
      data: undefined,
    }));
    this.codes[answer.code] = (this.codes[answer.code] ?? 0) + 1;
    return answer;
  }

  private async upsertBurst(id: string): Promise<void> {
    const answers = await Promise.all(
      Array.from({ length: BURST }, () => this.send(UPSERT, { input: this.probe(id) })),
    );
    if (answers.some((a) => a.code === 'OK')) this.acknowledgedUpserts.add(id);
    this.counts.upsertConflicts += answers.filter((a) => a.code === 'CONFLICT').length;
  }

  private async ringBurst(): Promise<void> {
    const picked = new Set<number>();
    while (picked.size < 3) picked.add(Math.floor(Math.random() * POOL_EVENTS));
    const [a, b, c] = [...picked].map((i) => this.event(i));
    const links = [
      [a, b],
      [b, c],
      [c, a],
    ];
    const answers = await Promise.all(
      links.map(([from, to]) => this.send(LINK, { input: { type: 'FOLLOWS', from, to } })),
    );
    answers.forEach((answer, i) => {
      if (answer.code === 'OK') this.acknowledgedLinks.add(`${links[i][0]} FOLLOWS ${links[i][1]}`);
      if (answer.code === 'BAD_USER_INPUT') this.counts.ringRefused += 1;
    });
  }

  private async sameLinkBurst(): Promise<void> {
    const from = this.event(Math.floor(Math.random() * POOL_EVENTS));
    const to = this.org(Math.floor(Math.random() * POOL_ORGS));
    const key = `${from} HOSTED_BY ${to}`;
    const answers = await Promise.all(
      Array.from({ length: BURST }, () => this.send(LINK, { input: { type: 'HOSTED_BY', from, to } })),
    );
    for (const answer of answers) {
      if (answer.code !== 'OK') continue;
      this.acknowledgedLinks.add(key);
      if (answer.data?.link?.created === true) this.createdAnswers.set(key, (this.createdAnswers.get(key) ?? 0) + 1);
    }
  }

  /**
   * Compares the answers with the graph. Checks: each acknowledged upsert is one whole node; each acknowledged link
   * exists; `created: true` came at most once per pair; no id is held twice; no FOLLOWS cycle; no upsert answered
   * CONFLICT; no ring had all three links accepted.
   * @param isWhole whether a stored organisation holds everything {@link probe} sent
   */
  async audit(executor: Executor, isWhole: (row: Record<string, unknown>) => boolean): Promise<ConflictReport> {
    const violations: string[] = [];
    let checks = 0;
    const check = (ok: boolean, violation: string) => {
      checks += 1;
      if (!ok) violations.push(violation);
    };
    const nodes = await executor.read(namedCypher('loadtest.auditConflictNodes'), { prefix: `org:${this.prefix}` });
    const byId = new Map(nodes.map((row) => [String(row.id), row]));
    let lost = 0;
    for (const id of this.acknowledgedUpserts) {
      const row = byId.get(id);
      if (!row) lost += 1;
      check(
        row !== undefined && Number(row.copies) === 1 && isWhole(row),
        `acknowledged upsert ${id} is not one whole node`,
      );
    }
    for (const row of nodes) check(Number(row.copies) === 1, `${row.id} is held by ${row.copies} nodes`);
    const eventPrefix = `event:${this.prefix}`;
    const [{ edges, onCycle }] = await executor.read(namedCypher('loadtest.auditConflictEdges'), { eventPrefix });
    const stored = new Set(edges as string[]);
    for (const key of this.acknowledgedLinks) {
      if (!stored.has(key)) lost += 1;
      check(stored.has(key), `acknowledged link ${key} is missing`);
    }
    for (const [key, created] of this.createdAnswers)
      check(created <= 1, `${created} answers said created: true for ${key}`);
    check(Number(onCycle) === 0, `${onCycle} events lie on a FOLLOWS cycle`);
    check(this.counts.upsertConflicts === 0, `${this.counts.upsertConflicts} upserts answered CONFLICT`);
    return {
      bursts: this.counts.bursts,
      requests: this.counts.requests,
      answersByCode: this.codes,
      ringLinksRefusedAsCycles: this.counts.ringRefused,
      upsertConflicts: this.counts.upsertConflicts,
      invariantChecks: checks,
      violations: violations.slice(0, 20),
      lostAcknowledgedWrites: lost,
    };
  }
}
