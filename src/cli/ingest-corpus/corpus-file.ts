import fs from 'node:fs';

/** One page of a corpus file: where it was read and its text. */
export interface CorpusLine {
  /** 1-based line number in the file, the page's position for the checkpoint. */
  line: number;
  url: string;
  text: string;
}

/** A line that is not a page: its number and why. */
export interface CorpusLineProblem {
  line: number;
  reason: string;
}

/**
 * Reads a corpus file of JSON Lines, one `{"url": ..., "text": ...}` a line (blank lines skipped). A line that is
 * not such an object is reported, not fatal, so one slip does not stop a batch of hundreds of pages.
 * @throws Error when the file cannot be read
 */
export function readCorpusFile(file: string): { pages: CorpusLine[]; problems: CorpusLineProblem[] } {
  const pages: CorpusLine[] = [];
  const problems: CorpusLineProblem[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = index + 1;
      if (!raw.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        problems.push({ line, reason: 'not JSON' });
        return;
      }
      const record = value as { url?: unknown; text?: unknown };
      if (
        typeof record !== 'object' ||
        record === null ||
        typeof record.url !== 'string' ||
        typeof record.text !== 'string'
      ) {
        problems.push({ line, reason: 'not an object with string "url" and "text"' });
        return;
      }
      pages.push({ line, url: record.url, text: record.text });
    });
  return { pages, problems };
}
