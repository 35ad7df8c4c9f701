import fs from 'node:fs';
import path from 'node:path';
import { Executor } from '../../db/executor';
import { ApiError, BadUserInputError } from '../../errors/api-errors';
import { IngestReport } from '../../pipelines/ingest/ingest.report';
import { ingestDocument } from '../../pipelines/ingest/ingest.service';
import { CorpusLine } from './corpus-file';

/** What a batch did, page by page summed. */
export interface CorpusTotals {
  pagesRead: number;
  pagesWritten: number;
  pagesAlreadyIngested: number;
  pagesRefused: number;
  eventsCreated: number;
  eventsLinked: number;
  entitiesCreated: number;
  entitiesLinked: number;
  relationshipsCreated: number;
  proposalsQueued: number;
  /** Refusals by reason: the field and the reason without page-specific detail (at most 80 characters). */
  refusals: Record<string, number>;
  /** Every refused page: its corpus line, URL and reason (no page text), so an editor can look at it. */
  refusedPages?: Array<{ line: number; url: string; reason: string }>;
}

/** The state a batch resumes from: the corpus lines already done and the totals so far. */
export interface Checkpoint {
  corpus: string;
  dryRun: boolean;
  done: number[];
  totals: CorpusTotals;
}

/** Totals of a batch that has done nothing yet. */
export function emptyTotals(): CorpusTotals {
  return {
    pagesRead: 0,
    pagesWritten: 0,
    pagesAlreadyIngested: 0,
    pagesRefused: 0,
    eventsCreated: 0,
    eventsLinked: 0,
    entitiesCreated: 0,
    entitiesLinked: 0,
    relationshipsCreated: 0,
    proposalsQueued: 0,
    refusals: {},
    refusedPages: [],
  };
}

/**
 * Reads a checkpoint file, or starts afresh when there is none or it belongs to another corpus or mode.
 * @throws Error when the file exists but is not a checkpoint
 */
export function loadCheckpoint(file: string, corpus: string, dryRun: boolean): Checkpoint {
  if (!fs.existsSync(file)) return { corpus, dryRun, done: [], totals: emptyTotals() };
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Checkpoint;
  if (!Array.isArray(saved.done) || typeof saved.totals !== 'object')
    throw new Error(`${file} is not a checkpoint of npm run ingest -- --corpus`);
  if (saved.corpus !== corpus || saved.dryRun !== dryRun) return { corpus, dryRun, done: [], totals: emptyTotals() };
  return saved;
}

/** Writes the checkpoint atomically (a temporary file renamed), so an interrupted write never leaves half a file. */
export function saveCheckpoint(file: string, checkpoint: Checkpoint): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(checkpoint));
  fs.renameSync(`${file}.tmp`, file);
}

/**
 * Ingests each page not yet done, one transaction per page through {@link ingestDocument} (the same extraction,
 * resolution and review rules as the mutation), adding its outcome to the checkpoint's totals and marking it done
 * after each page. A page refused with an API error (not an event page, a value that cannot be stored) is counted
 * with its reason and the batch goes on; any other error stops the batch with the checkpoint saved up to the page
 * before, so a rerun resumes there.
 * @param afterPage called after every page (progress bar, checkpoint)
 * @throws what ingestDocument throws other than ApiError (a database that went away)
 */
export async function runCorpus(
  executor: Executor,
  pages: CorpusLine[],
  checkpoint: Checkpoint,
  options: { dryRun: boolean; actor: string },
  afterPage: (checkpoint: Checkpoint) => void,
): Promise<Checkpoint> {
  const done = new Set(checkpoint.done);
  for (const page of pages) {
    if (done.has(page.line)) continue;
    const totals = checkpoint.totals;
    totals.pagesRead += 1;
    try {
      const report = await ingestDocument(executor, {
        text: page.text,
        sourceUrl: page.url,
        dryRun: options.dryRun,
        actor: options.actor,
      });
      addReport(totals, report);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      totals.pagesRefused += 1;
      const reason =
        error instanceof BadUserInputError
          ? error.fields.map((f) => reasonOf(`${f.field}: ${f.reason}`)).join('; ')
          : reasonOf(error.message);
      totals.refusals[reason] = (totals.refusals[reason] ?? 0) + 1;
      (totals.refusedPages ??= []).push({ line: page.line, url: page.url, reason });
    }
    done.add(page.line);
    checkpoint.done.push(page.line);
    afterPage(checkpoint);
  }
  return checkpoint;
}

function addReport(totals: CorpusTotals, report: IngestReport): void {
  if (report.alreadyIngested) {
    totals.pagesAlreadyIngested += 1;
    return;
  }
  if (!report.dryRun) totals.pagesWritten += 1;
  const events = report.entities.filter((e) => e.role === 'event');
  totals.eventsCreated += events.filter((e) => e.action === 'CREATE').length;
  totals.eventsLinked += events.filter((e) => e.action === 'LINK').length;
  totals.entitiesCreated += report.counts.entitiesCreated;
  totals.entitiesLinked += report.counts.entitiesLinked;
  totals.relationshipsCreated += report.counts.relationsCreated;
  const proposals = (report as IngestReport & { proposals?: unknown[] }).proposals;
  totals.proposalsQueued += Array.isArray(proposals) ? proposals.length : 0;
}

/** A refusal's reason without the page-specific part: the field and its reason up to a colon, at most 80 characters. */
function reasonOf(problem: string): string {
  const [field, ...rest] = problem.split(': ');
  const reason = rest.join(': ').replace(/^the document cannot be ingested: /, '');
  return `${field}: ${reason.split(/[:;(]/)[0].trim()}`.slice(0, 80);
}
