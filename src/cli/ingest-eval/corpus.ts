import fs from 'node:fs';
import path from 'node:path';

/** One event as a careful reader takes it from a page (the corpus's `*.expected.json`, see its README). */
export interface ExpectedEvent {
  title: string | null;
  eventKind: string | null;
  startDate: string | null;
  endDate: string | null;
  virtual: boolean | null;
  city: string | null;
  country: string | null;
  otherCities?: string[];
  hosts: string[];
  organisers: string[];
  participants: string[];
  workingGroups: string[];
  publicationsCited: Array<{ title: string; year?: number | null; publisher?: string | null }>;
  policyDocumentsCited: Array<{ title: string; year?: number | null }>;
  countriesMentioned: string[];
  topics: string[];
  contacts: string[];
}

/** A page's expected reading: its language(s), kind of page and every event it describes ([] for none). */
export interface ExpectedPage {
  url: string;
  language: string | string[];
  pageType: string;
  truncated: boolean;
  events: ExpectedEvent[];
  notes?: string;
}

/** A page of the corpus: its stem (file name without extension), text and expected reading. */
export interface CorpusPage {
  stem: string;
  text: string;
  expected: ExpectedPage;
  /** True for the held-out part (see isHeldOut). */
  heldOut: boolean;
}

/**
 * The held-out part of the dev corpus: every third page in file-name order (0-based positions 2, 5, 8, ...), chosen
 * before the extractor was reworked against the others and scored before anyone looked at those pages. The gap
 * between the two parts' figures is the honest estimate of what pages never seen will get.
 */
export function isHeldOut(position: number): boolean {
  return position % 3 === 2;
}

/**
 * Reads every `<stem>.txt` with its `<stem>.expected.json` from a corpus folder (reference data: read at evaluation
 * time, never copied into the repository), in file-name order, marking the held-out part.
 * @throws Error when the folder holds no expected file, or a page's text is missing
 */
export function loadCorpus(dir: string): CorpusPage[] {
  const stems = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => file.slice(0, -'.expected.json'.length))
    .sort();
  if (!stems.length) throw new Error(`no *.expected.json in ${dir}`);
  return stems.map((stem, position) => ({
    stem,
    text: fs.readFileSync(path.join(dir, `${stem}.txt`), 'utf8'),
    expected: JSON.parse(fs.readFileSync(path.join(dir, `${stem}.expected.json`), 'utf8')) as ExpectedPage,
    heldOut: isHeldOut(position),
  }));
}
