import fs from 'node:fs';
import path from 'node:path';
import { ExpectedEvent } from '../../src/cli/ingest-eval/corpus';

/** A publication or policy document a page names: its title, and the year and publisher where the page gives them. */
export interface CitedWork {
  title: string;
  year?: number | null;
  publisher?: string | null;
  kind?: string | null;
}

/**
 * What an editor (or the dev corpus's careful reader) took from a page about one event: the evaluation corpus's
 * reading of an event (ingest-eval/corpus.ts), with the event's year when the page fixes only that.
 */
export type EventFacts = Omit<
  ExpectedEvent,
  'countriesMentioned' | 'otherCities' | 'publicationsCited' | 'policyDocumentsCited'
> & {
  year?: number | null;
  publicationsCited: CitedWork[];
  policyDocumentsCited: CitedWork[];
};

/** One reviewed page: its URL and the facts it states (never its text). */
export interface PageFacts {
  url: string;
  pageType: string;
  events: EventFacts[];
  /** For a page about a publication rather than an event. */
  publications: CitedWork[];
  /** Full name / acronym pairs the page states. */
  organisations: Array<{ name: string; acronym?: string | null; country?: string | null }>;
  /** People the page presents in a public role (the second editorial pass, second-pass.ts). */
  people?: Array<{ name: string; role: string | null; organisation: string | null }>;
  /** Relationships the page states between what it names (the third editorial pass, stated-relations.ts). */
  relations?: import('./stated-relations').StatedRelation[];
  /** Where the record came from: an editor's review of a bulk page, or a dev page's expected facts. */
  origin: 'bulk-review' | 'dev-expected';
}

const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim())
    : [];
const works = (value: unknown): CitedWork[] =>
  (Array.isArray(value) ? value : [])
    .map((w) => (typeof w === 'string' ? { title: w } : (w as CitedWork)))
    .filter((w) => w && typeof w.title === 'string' && w.title.trim() !== '');
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().normalize('NFC') : null;

/** Normalises one record (either format) into {@link PageFacts}; missing lists become empty, blanks null. */
export function toPageFacts(raw: Record<string, unknown>, origin: PageFacts['origin']): PageFacts {
  const events = (Array.isArray(raw.events) ? raw.events : []).map((e: Record<string, unknown>) => ({
    title: text(e.title),
    eventKind: text(e.eventKind),
    startDate: text(e.startDate),
    endDate: text(e.endDate),
    year: typeof e.year === 'number' ? e.year : null,
    virtual: typeof e.virtual === 'boolean' ? e.virtual : null,
    city: text(e.city),
    country: text(e.country)?.toUpperCase() ?? null,
    hosts: list(e.hosts),
    organisers: list(e.organisers),
    participants: list(e.participants),
    workingGroups: list(e.workingGroups),
    publicationsCited: works(e.publicationsCited),
    policyDocumentsCited: works(e.policyDocumentsCited),
    topics: list(e.topics),
    contacts: list(e.contacts),
  }));
  const organisations = (Array.isArray(raw.organisations) ? raw.organisations : []).filter(
    (o) => o && typeof o.name === 'string',
  );
  return {
    url: String(raw.url),
    pageType: String(raw.pageType ?? ''),
    events,
    publications: works(raw.publications),
    organisations,
    origin,
  };
}

/**
 * Reads the editors' reviews of the bulk pages (`data/review/*.jsonl`, one page a line) and the facts the dev corpus
 * states for its pages (`<corpus>/dev/*.expected.json`). Pages are returned in a fixed order (dev first, then bulk).
 * @throws SyntaxError naming the file and line when a line is not JSON
 */
export function readPageFacts(reviewDir: string, devDir: string | undefined): PageFacts[] {
  const pages: PageFacts[] = [];
  if (devDir && fs.existsSync(devDir)) {
    for (const file of fs
      .readdirSync(devDir)
      .filter((f) => f.endsWith('.expected.json'))
      .sort()) {
      pages.push(toPageFacts(JSON.parse(fs.readFileSync(path.join(devDir, file), 'utf8')), 'dev-expected'));
    }
  }
  forEachReviewRecord(reviewDir, /^bulk-.*\.jsonl$/, (record) => pages.push(toPageFacts(record, 'bulk-review')));
  return pages;
}

/**
 * Calls `visit` with each record of the review files in `reviewDir` whose name matches `pattern` (JSON Lines, one
 * page a line; files in name order, blank lines skipped). Every pass's reader (events, people, relationships) reads so.
 * @throws SyntaxError naming the file and line when a line is not JSON or `visit` fails on it
 */
export function forEachReviewRecord(
  reviewDir: string,
  pattern: RegExp,
  visit: (record: Record<string, unknown>) => void,
): void {
  for (const file of fs
    .readdirSync(reviewDir)
    .filter((f) => pattern.test(f))
    .sort()) {
    fs.readFileSync(path.join(reviewDir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        try {
          visit(JSON.parse(line));
        } catch (error) {
          throw new SyntaxError(`${file} line ${i + 1}: ${(error as Error).message}`);
        }
      });
  }
}
