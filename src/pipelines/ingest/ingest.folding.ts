import { foldText } from '../../domain/text-folding';
import { spanOf, TextSpan } from './ingest.model';

/** `text` with the characters that RegExp syntax gives a meaning escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A text folded for matching (src/domain/text-folding.ts: case and accents ignored) that remembers, for every folded
 * character, where it came from, so a match in the folded text is reported as a span of the original.
 */
export class FoldedText {
  readonly folded: string;
  private readonly origin: number[];

  constructor(readonly original: string) {
    let folded = '';
    const origin: number[] = [];
    let index = 0;
    for (const char of original) {
      // Folding char by char keeps the map exact; foldText of one character is what foldText does to it in context.
      const piece = foldText(char);
      for (let i = 0; i < piece.length; i += 1) origin.push(index);
      folded += piece;
      index += char.length;
    }
    origin.push(original.length);
    this.folded = folded;
    this.origin = origin;
  }

  /** The span of the original text behind folded offsets `[start, end)`. */
  span(start: number, end: number): TextSpan {
    const from = this.origin[start] ?? this.original.length;
    const lastChar = this.origin[Math.max(start, end - 1)] ?? this.original.length;
    const to = end > start ? lastChar + charLengthAt(this.original, lastChar) : from;
    return spanOf(this.original, from, to);
  }

  /**
   * Every whole-word occurrence of `phrase` (already folded), as spans of the original text, in text order.
   * "Whole word" means not preceded or followed by a letter or digit.
   */
  findPhrase(phrase: string): TextSpan[] {
    const spans: TextSpan[] = [];
    let from = 0;
    for (;;) {
      const at = this.folded.indexOf(phrase, from);
      if (at < 0) return spans;
      const before = this.folded[at - 1];
      const after = this.folded[at + phrase.length];
      if (!isWordChar(before) && !isWordChar(after)) spans.push(this.span(at, at + phrase.length));
      from = at + 1;
    }
  }
}

function charLengthAt(text: string, index: number): number {
  const code = text.codePointAt(index);
  return code !== undefined && code > 0xffff ? 2 : 1;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
