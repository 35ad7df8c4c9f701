import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { extractDocument } from '../pipelines/ingest/ingest.extract';
import { whyNotAnEventPage } from '../pipelines/ingest/ingest.event-evidence';
import { EventExtraction, FACT_THRESHOLD, Mention } from '../pipelines/ingest/ingest.model';
import { projectRoot } from '../project-root';
import { loadCorpus } from './ingest-eval/corpus';
import { readCorpusFile } from './ingest-corpus/corpus-file';
import { looksLikeFragment } from './ingest-eval/fragments';

/** A name a dry run would create, where it was read, and whether the fragment judge of the evaluation flags it. */
interface NameSeen {
  kind: 'organisation' | 'publication' | 'working group';
  name: string;
  page: string;
  flagged: boolean;
  /** True for a held-out dev page: the name is counted, never printed (nobody reads those pages while building). */
  withheld: boolean;
}

interface Page {
  id: string;
  url?: string;
  text: string;
  withheld: boolean;
}

/**
 * `npm run ingest:names`: a dry extraction (no database) over every dev page and every bulk page that lists every
 * organisation, publication and working group name ingestion would create (values at or above the fact threshold,
 * of pages it would not refuse), and flags those the evaluation's own fragment judge (src/cli/ingest-eval/fragments.ts,
 * independent of the extractor's) reads as a fragment: a date, a lone adjective, a generic word, a place, a whole
 * sentence, fewer than two letters. Prints the counts and the total time; exits 1 when a name is flagged.
 * Names from held-out dev pages are counted but not printed.
 */
function main(argv: string[]): number {
  const started = process.hrtime.bigint();
  const shared = path.join(projectRoot(), '..', 'shared', 'corpus');
  const options = new Command()
    .name('ingest:names')
    .option('--dev <dir>', 'dev corpus folder', path.join(shared, 'dev'))
    .option('--bulk <file>', 'bulk pages (JSON lines of {url, text})', path.join(shared, 'bulk', 'pages.jsonl'))
    .option('--list', 'print every name, not only the flagged ones')
    .option('--threshold <n>', 'confidence at or above which a name is created', String(FACT_THRESHOLD))
    .parse(argv)
    .opts<{ dev: string; bulk: string; list?: boolean; threshold: string }>();
  const pages = [...devPages(options.dev), ...bulkPages(options.bulk)];
  const threshold = Number(options.threshold);
  const seen: NameSeen[] = [];
  let events = 0;
  let crashes = 0;
  for (const page of pages) {
    try {
      const extraction = extractDocument(page.text, page.url);
      if (whyNotAnEventPage(extraction)) continue;
      events += extraction.events.length;
      for (const event of extraction.events) seen.push(...namesOf(event, threshold, page));
    } catch (error) {
      crashes += 1;
      process.stdout.write(`crash on ${page.id}: ${(error as Error).message}\n`);
    }
  }
  for (const name of seen.filter((n) => (options.list || n.flagged) && !n.withheld)) {
    process.stdout.write(`${name.flagged ? 'FLAGGED ' : ''}${name.kind}: "${name.name}" (${name.page})\n`);
  }
  const unique = (kind: NameSeen['kind']) => new Set(seen.filter((n) => n.kind === kind).map((n) => n.name)).size;
  const flagged = seen.filter((n) => n.flagged);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    [
      `pages: ${pages.length} (${pages.filter((p) => p.id.startsWith('dev/')).length} dev, ` +
        `${pages.filter((p) => p.id.startsWith('bulk/')).length} bulk); events: ${events}; crashes: ${crashes}`,
      `names created: ${unique('organisation')} organisations, ${unique('publication')} publications, ` +
        `${unique('working group')} working groups (distinct)`,
      `flagged: ${flagged.length} (${flagged.filter((n) => n.withheld).length} on held-out dev pages, not printed)`,
      `total time: ${seconds.toFixed(1)} s`,
    ].join('\n') + '\n',
  );
  return flagged.length || crashes ? 1 : 0;
}

/**
 * Every name the event would create: its organisations in any role (and publishers, authors of documents), its
 * publications and working groups.
 */
function namesOf(event: EventExtraction, threshold: number, page: Page): NameSeen[] {
  const sure = (items: Array<Mention<string>>) => items.filter((m) => m.confidence >= threshold).map((m) => m.value);
  const organisations = [
    ...sure(event.hosts),
    ...sure(event.organisers),
    ...sure(event.participants),
    ...sure(event.publications.flatMap((p) => (p.publisher ? [p.publisher] : []))),
    ...sure(event.policyDocuments.flatMap((d) => d.adoptedBy)),
  ];
  const make = (kind: NameSeen['kind'], names: string[]) =>
    [...new Set(names)].map((name) => ({
      kind,
      name,
      page: page.id,
      flagged: looksLikeFragment(name),
      withheld: page.withheld,
    }));
  return [
    ...make('organisation', organisations),
    ...make('publication', sure(event.publications)),
    ...make('working group', sure(event.workingGroups)),
  ];
}

/**
 * The dev pages in file-name order (the evaluation's own reader), marking the held-out ones; none when the folder is
 * absent.
 */
function devPages(dir: string): Page[] {
  if (!fs.existsSync(dir)) return [];
  return loadCorpus(dir).map((page) => ({
    id: `dev/${page.stem}`,
    url: page.expected.url,
    text: page.text,
    withheld: page.heldOut,
  }));
}

/**
 * The bulk pages (the corpus reader of `npm run ingest -- --corpus`); a line that is not a page is reported and
 * skipped.
 */
function bulkPages(file: string): Page[] {
  if (!fs.existsSync(file)) return [];
  const { pages, problems } = readCorpusFile(file);
  for (const problem of problems) process.stdout.write(`bulk/${problem.line}: not a JSON object, skipped\n`);
  return pages.map((page) => ({
    id: `bulk/${page.line} ${page.url}`,
    url: page.url,
    text: page.text,
    withheld: false,
  }));
}

process.exit(main(process.argv));
