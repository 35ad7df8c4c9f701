import { foldText } from '../../domain/text-folding';

/** Most results one search returns (`search(first:)`). */
export const MAX_SEARCH_RESULTS = 100;

/** At most this many distinct words in a search text (SearchArgs refuses more: ignoring them could hide every hit). */
export const MAX_SEARCH_TERMS = 16;
/** Words are cut to this many characters. */
export const MAX_TERM_LENGTH = 64;

/**
 * The words of a user's search text: runs of letters, digits and inner apostrophes, lower-cased. Everything else —
 * Lucene syntax such as `+ - ! ( ) [ ] ^ " ~ * ? : \ /`, quotes, control characters, emoji — only separates words,
 * so no user text is ever parsed as Lucene syntax (field case F5).
 */
export function searchTerms(text: string): string[] {
  return distinctWords(text).slice(0, MAX_SEARCH_TERMS);
}

/** How many distinct words {@link searchTerms} finds in `text` before any is left out (SearchArgs' check). */
export function searchWordCount(text: string): number {
  return distinctWords(text).length;
}

function distinctWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))];
}

/** How much more a hit with every word counts than the sum of its single-word matches (a Lucene boost). */
const ALL_WORDS_BOOST = 4;

/**
 * Words shorter than this are matched only as whole words, never as prefixes or inside longer words: "le" as a prefix
 * matched "level", "Lehrbetrieb" and "Lettmayr", so "Le Forem" listed a page of unrelated hits. cypher/search.cypher
 * applies the same length to its substring fallback (written there as the literal 3).
 */
export const MIN_PREFIX_LENGTH = 3;

/**
 * A Lucene query for the words, each as typed (analysed by the index's standard-folding analyzer, so accents and
 * case fold) or, from {@link MIN_PREFIX_LENGTH} characters on, as a prefix of an indexed word (prefixes are not
 * analysed, so they are folded here). Hits with every word rank first (a boosted AND group); hits with only some
 * words follow, so "forem belgium" or a stray word still finds Le Forem rather than nothing.
 * Returns '' when the text has no words. Words contain only letters, digits and apostrophes, none of them Lucene
 * syntax; lower case keeps `and`/`or`/`not` from being operators.
 */
export function luceneQuery(terms: string[]): string {
  const clauses = terms.map((term) => {
    const folded = foldText(term).replace(/'/g, '');
    // Length in code points, so a word of two astral-plane letters is short like any other two-letter word.
    const prefixable = /^[\p{L}\p{N}]+$/u.test(folded) && [...folded].length >= MIN_PREFIX_LENGTH;
    const prefix = prefixable ? ` OR ${folded}*` : '';
    const german = germanVariant(folded);
    return `(${term.replace(/'/g, "\\'")}${prefix}${german ? ` OR ${german}` : ''})`;
  });
  if (clauses.length <= 1) return clauses.join('');
  return `(${clauses.join(' AND ')})^${ALL_WORDS_BOOST} OR ${clauses.join(' OR ')}`;
}

/**
 * The word with German umlauts written out folded back ("osnabrueck" → "osnabruck", "koeln" → "koln"), or undefined
 * when it has none: the index folds "Osnabrück" to "osnabruck", while German keyboards, URLs and our own ids write
 * "osnabrueck" (found by the analyst audit). Matched as a whole word only, so English words with "ue" ("true") add
 * nothing but the rare word "tru".
 */
export function germanVariant(folded: string): string | undefined {
  const variant = folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  return variant !== folded && /^[\p{L}\p{N}]+$/u.test(variant) ? variant : undefined;
}
