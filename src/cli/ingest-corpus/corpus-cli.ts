import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Executor } from '../../db/executor';
import { projectRoot } from '../../project-root';
import { readCorpusFile } from './corpus-file';
import { Checkpoint, CorpusTotals, emptyTotals, loadCheckpoint, runCorpus, saveCheckpoint } from './corpus-run';

/** Options of `npm run ingest -- --corpus FILE.jsonl`. */
export interface CorpusOptions {
  corpus: string;
  checkpoint?: string;
  restart?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

/**
 * `npm run ingest -- --corpus FILE.jsonl [--dry-run] [--checkpoint FILE] [--restart] [--json]`: every page of a
 * corpus through ingestDocument, one transaction per page, with a progress bar on stderr (a line every few seconds
 * when stderr is not a terminal) and a checkpoint saved after each page, so an interrupted run resumes where it
 * stopped; then the report: pages read, written, already ingested and refused (by reason), events created or linked,
 * entities created, relationships created, proposals queued for review.
 * @returns 0 when no page was refused, 2 otherwise (the report lists why)
 * @throws Error when the corpus file cannot be read, or the database fails (the checkpoint keeps what was done)
 */
export async function ingestCorpus(executor: Executor, options: CorpusOptions): Promise<number> {
  const { pages, problems } = readCorpusFile(options.corpus);
  const dryRun = Boolean(options.dryRun);
  const checkpointFile = options.checkpoint ?? defaultCheckpoint(options.corpus, dryRun);
  let checkpoint: Checkpoint = loadCheckpoint(checkpointFile, options.corpus, dryRun);
  if (options.restart) checkpoint = { corpus: options.corpus, dryRun, done: [], totals: emptyTotals() };
  const bar = new SingleBar(
    {
      format: 'ingest {bar} {value}/{total} pages | {eta_formatted} left | {refused} refused',
      noTTYOutput: true,
      notTTYSchedule: 5000,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  bar.start(pages.length, checkpoint.done.length, { refused: checkpoint.totals.pagesRefused });
  const started = Date.now();
  try {
    checkpoint = await runCorpus(executor, pages, checkpoint, { dryRun, actor: 'ingest-cli' }, (state) => {
      saveCheckpoint(checkpointFile, state);
      bar.update(state.done.length, { refused: state.totals.pagesRefused });
    });
  } finally {
    bar.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  const report = {
    corpus: options.corpus,
    dryRun,
    seconds,
    checkpoint: checkpointFile,
    badLines: problems,
    ...checkpoint.totals,
  };
  process.stdout.write(
    options.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : `${formatTotals(checkpoint.totals, dryRun, seconds, problems.length)}\n`,
  );
  return checkpoint.totals.pagesRefused > 0 || problems.length > 0 ? 2 : 0;
}

function defaultCheckpoint(corpus: string, dryRun: boolean): string {
  const name = path.basename(corpus).replace(/\.jsonl?$/, '');
  return path.join(projectRoot(), '.cache', 'ingest', `${name}${dryRun ? '.dry-run' : ''}.checkpoint.json`);
}

function formatTotals(t: CorpusTotals, dryRun: boolean, seconds: number, badLines: number): string {
  const refusals = Object.entries(t.refusals).sort((a, b) => b[1] - a[1]);
  return [
    `${t.pagesRead} pages read in ${seconds.toFixed(1)} s${dryRun ? ' (dry run: nothing written)' : ''}: ${t.pagesWritten} written, ${t.pagesAlreadyIngested} already ingested, ${t.pagesRefused} refused${badLines ? `, ${badLines} lines not pages` : ''}`,
    `events: ${t.eventsCreated} created, ${t.eventsLinked} linked to existing ones`,
    `entities: ${t.entitiesCreated} created, ${t.entitiesLinked} linked; relationships: ` +
      `${t.relationshipsCreated} created`,
    `proposals queued for review: ${t.proposalsQueued}`,
    ...(refusals.length
      ? ['refused pages by reason:', ...refusals.map(([reason, count]) => `  ${String(count).padStart(5)}  ${reason}`)]
      : []),
    ...((t.refusedPages ?? []).length
      ? ['refused pages:', ...(t.refusedPages ?? []).map((p) => `  line ${p.line}  ${p.url}  (${p.reason})`)]
      : []),
  ].join('\n');
}
