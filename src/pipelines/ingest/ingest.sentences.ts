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
    if (match[0] !== '\n' && !endsSentence(text, match.index ?? 0)) continue;
    const end = (match.index ?? 0) + (match[0] === '\n' ? 0 : 1);
    pushTrimmed(text, start, end, spans);
    start = (match.index ?? 0) + 1;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/**
 * False for a full stop that ends an abbreviation or an ordinal rather than a sentence: "27. und 28. September",
 * "godz. 10.00", "Co. Leitrim", "Prof. Jansen", "Nr. 22".
 */
function endsSentence(text: string, at: number): boolean {
  if (text[at] !== '.') return true;
  const before = text.slice(Math.max(0, at - 12), at);
  if (/(?:^|[^\p{L}\d])\d{1,2}$/u.test(before)) return false;
  if (/(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,3}$/u.test(before) && !/(?:^|[^\p{L}])(?:The|Il|Le|La|Der|Die|Das)$/u.test(before))
    return false;
  const next = text.slice(at + 1).trimStart()[0] ?? '';
  return !(/(?:^|[^\p{L}])\p{Ll}{1,5}$/u.test(before) && /\d/.test(next));
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
