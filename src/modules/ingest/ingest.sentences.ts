import { spanOf, TextSpan } from './ingest.model';

/**
 * Sentence spans of a text: a sentence ends at `.`, `!` or `?` followed by white space and an upper-case letter,
 * a digit or an opening quote, or at a blank line or a line break. Good enough for the "same sentence" cues
 * the extractors use (a publisher named with a quoted title, participants named with countries).
 */
export function sentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const boundary = /[.!?](?=\s+[\p{Lu}\d‘“"«„])|\n/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + (match[0] === '\n' ? 0 : 1);
    pushTrimmed(text, start, end, spans);
    start = (match.index ?? 0) + 1;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** The sentence that contains offset `at`, or an empty span there. */
export function sentenceAt(all: TextSpan[], at: number): TextSpan {
  return all.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at, text: '' };
}

function pushTrimmed(text: string, start: number, end: number, into: TextSpan[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from])) from += 1;
  while (to > from && /\s/.test(text[to - 1])) to -= 1;
  if (to > from) into.push(spanOf(text, from, to));
}

/** Non-empty lines with their offsets. */
export function lines(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) out.push(spanOf(text, start + lead, start + lead + trimmed.length));
    start += line.length + 1;
  }
  return out;
}
