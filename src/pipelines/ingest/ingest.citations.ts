import { PolicyDocumentKind } from '../../domain/enums';
import { foldText } from '../../domain/text-folding';
import { escapeRegExp, FoldedText } from './ingest.folding';
import { Mention, PolicyDocumentFound, PublicationFound, spanOf, TextSpan } from './ingest.model';
import { organisationsAt } from './ingest.organisations';
import { sentenceAt } from './ingest.sentences';
import { EVENT_KIND_TERMS, POLICY_KEYWORDS, PUBLICATION_CUES, WELL_KNOWN_BODIES } from './ingest.vocabulary';

/*
 * Citations: publications by quoted title (‘…’, “…”, "…", «…», „…“, '…') and policy documents
 * by name
 * ("Bruges Communiqué (Council of the European Union; European Commission, 2010)").
 */

// Straight single quotes also serve as apostrophes ("Cedefop's"): one opens only where no letter or digit stands
// before it and its content starts with a capital or a digit; it closes where no letter follows.
const QUOTED =
  /‘([^’\n]{6,300})’|“([^”\n]{6,300})”|"([^"\n]{6,300})"|«\s?([^»\n]{6,300}?)\s?»|„([^“”\n]{6,300})[“”]|(?<![\p{L}\p{N}])'([\p{Lu}\d][^'\n]{5,300}?)'(?!\p{L})/gu;

/** A quoted string: its content and the span of the content (without the quote marks). */
export interface Quoted extends Mention<string> {
  /** True when an event word ("conference", "Workshop") stands right before it: it titles the event. */
  titlesEvent: boolean;
}

/** Every quoted string of two words or more that starts with a capital or a digit. */
export function quotedStrings(text: string): Quoted[] {
  const found: Quoted[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const content = match.slice(1).find((group) => group !== undefined) ?? '';
    const trimmed = content.trim();
    if (!/^[\p{Lu}\d]/u.test(trimmed) || trimmed.split(/\s+/).length < 2) continue;
    const start = (match.index ?? 0) + match[0].indexOf(trimmed);
    const before = foldText(text.slice(Math.max(0, (match.index ?? 0) - 40), match.index ?? 0));
    const titlesEvent = EVENT_KIND_TERMS.some(([, terms]) =>
      terms.some((term) => new RegExp(`${escapeRegExp(term)}s?\\s*[:,]?\\s*$`).test(before)),
    );
    found.push({ value: trimmed, confidence: 0.5, span: spanOf(text, start, start + trimmed.length), titlesEvent });
  }
  return found;
}

/**
 * Publications cited by quoted title. A sentence that speaks of a publication (report, study, Veröffentlichung ...)
 * gives confidence 0.85; a quoted title of four words or more elsewhere 0.5; quotes that title the event are not
 * publications. The publisher is a well-known body named in the same sentence, or the name after "published by".
 */
export function findPublications(text: string, allSentences: TextSpan[], quotes: Quoted[]): PublicationFound[] {
  const found: PublicationFound[] = [];
  for (const quote of quotes) {
    if (quote.titlesEvent) continue;
    const sentence = sentenceAt(allSentences, quote.span.start);
    const around = foldText(sentence.text.replace(quote.value, ' '));
    const cued = PUBLICATION_CUES.some((cue) => new RegExp(`\\b${escapeRegExp(cue)}`).test(around));
    if (!cued && quote.value.split(/\s+/).length < 4) continue;
    const publisher = publisherIn(text, sentence, quote.span);
    found.push({ value: quote.value, confidence: cued ? 0.85 : 0.5, span: quote.span, publisher });
  }
  return found;
}

function publisherIn(text: string, sentence: TextSpan, quote: TextSpan): Mention<string> | undefined {
  const by = /\bpublished by\s+|\bpublié(?:e)? par\s+|\bveröffentlicht von\s+|\bherausgegeben von\s+/iu.exec(
    sentence.text,
  );
  if (by) {
    const [org] = organisationsAt(text, sentence.start + (by.index ?? 0) + by[0].length, 0.75);
    if (org) return { value: org.value, confidence: 0.75, span: org.span };
  }
  const folded = new FoldedText(sentence.text);
  let best: Mention<string> | undefined;
  for (const body of WELL_KNOWN_BODIES) {
    for (const span of folded.findPhrase(foldText(body))) {
      if (span.start + sentence.start >= quote.start && span.end + sentence.start <= quote.end) continue;
      const shifted = spanOf(text, sentence.start + span.start, sentence.start + span.end);
      if (!best || Math.abs(shifted.start - quote.start) < Math.abs(best.span.start - quote.start))
        best = { value: body, confidence: 0.7, span: shifted };
    }
  }
  return best;
}

const KEYWORD_KIND = new Map<string, PolicyDocumentKind>(
  POLICY_KEYWORDS.flatMap(([kind, words]) => words.map((word) => [word, kind] as const)),
);
const GENERIC_PREFIX = new Set([
  'the',
  'a',
  'an',
  'this',
  'its',
  'their',
  'le',
  'la',
  'les',
  'l',
  'die',
  'der',
  'das',
  'council',
  'european',
  'commission',
  'parliament',
  'eu',
  'new',
]);

/**
 * Policy documents named in the text: a keyword (Communiqué, Declaration, conclusions, Recommendation ...) after one
 * to four capitalised words that are not merely "Council"/"European" ("Bruges Communiqué", "Riga conclusions",
 * "Osnabrück Declaration"), or such a generic name followed by "on ..." ("Council Recommendation on ...").
 * A citation in brackets right after gives the authors and year ("(Council of the European Union; European
 * Commission, 2010)", confidence 0.9); a year next to the name gives the year (0.8); a bare name 0.6.
 */
export function findPolicyDocuments(text: string): PolicyDocumentFound[] {
  const found: PolicyDocumentFound[] = [];
  const keywords = [...KEYWORD_KIND.keys()].join('|');
  const pattern = new RegExp(String.raw`((?:[\p{Lu}][\p{L}'’\-]*\s+){1,4})(${keywords})\b`, 'giu');
  const folded = new FoldedText(text);
  for (const match of folded.folded.matchAll(pattern)) {
    const span = folded.span(match.index ?? 0, (match.index ?? 0) + match[0].length);
    // The capital letters are checked on the original text (the folded text is lower case).
    const words = [...span.text.matchAll(/\S+/g)].map((w) => ({ text: w[0], start: span.start + (w.index ?? 0) }));
    const keyword = foldText(words[words.length - 1].text);
    // The capitalised words right before the keyword, without a sentence-initial article or preposition.
    let prefix = words.slice(0, -1);
    const lastLower = prefix.map((word) => /^\p{Lu}/u.test(word.text)).lastIndexOf(false);
    prefix = prefix.slice(lastLower + 1);
    while (
      prefix.length &&
      /^(?:The|A|An|This|Its|In|At|On|By|As|Le|La|Les|Dans|Die|Der|Das|Im|In)$/u.test(prefix[0].text)
    )
      prefix = prefix.slice(1);
    if (!prefix.length) continue;
    const proper = prefix.filter((word) => !GENERIC_PREFIX.has(foldText(word.text).replace(/['’]$/, '')));
    const start = prefix[0].start;
    let end = span.end;
    if (!proper.length) {
      // A subtitle after a colon belongs to the name: "... on Upskilling Pathways: New Opportunities for Adults".
      const continuation =
        /^\s+(?:on|of|sur|relative à|zur|zum|über)\s+[^.,;:()\n]{5,200}?(?::\s+\p{Lu}[^.,;:()\n]{2,150}?)?(?=[.,;:()\n]|$)/u.exec(
          text.slice(end),
        );
      if (!continuation) continue;
      end += continuation[0].trimEnd().length;
    }
    const name = text.slice(start, end);
    const kind =
      /council/i.test(name) && keyword === 'conclusions'
        ? PolicyDocumentKind.COUNCIL_CONCLUSIONS
        : KEYWORD_KIND.get(keyword);
    const citation = citationAfter(text, end);
    const year = citation?.year ?? yearNear(text, start, end);
    const confidence = citation?.authors.length ? 0.9 : year !== undefined ? 0.8 : 0.6;
    const item: PolicyDocumentFound = {
      value: name,
      confidence,
      span: spanOf(text, start, end),
      kind,
      year,
      adoptedBy: citation?.authors ?? [],
    };
    const same = found.findIndex((f) => foldText(f.value) === foldText(name));
    if (same < 0) found.push(item);
    else if (item.confidence > found[same].confidence) found[same] = { ...item, span: found[same].span };
  }
  for (const match of text.matchAll(
    /\b(Communiqué|Déclaration|Conclusions|Recommandation|Kommuniqué|Erklärung|Schlussfolgerungen)\s+(?:de|d['’]|von)\s*(\p{Lu}[\p{L}\-]+)/gu,
  )) {
    // French and German put the place after the keyword: "Déclaration de Copenhague", "Erklärung von Osnabrück".
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (found.some((f) => f.span.start <= start && start < f.span.end)) continue;
    const keyword = foldText(match[1]);
    const citation = citationAfter(text, end);
    const year = citation?.year ?? yearNear(text, start, end);
    const kind =
      KEYWORD_KIND.get(keyword) ??
      (keyword === 'recommandation' ? PolicyDocumentKind.COUNCIL_RECOMMENDATION : undefined);
    found.push({
      value: match[0],
      confidence: citation?.authors.length ? 0.9 : year !== undefined ? 0.8 : 0.6,
      span: spanOf(text, start, end),
      kind,
      year,
      adoptedBy: citation?.authors ?? [],
    });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

function yearNear(text: string, start: number, end: number): number | undefined {
  const before = /((?:19|20)\d{2})\s+$/.exec(text.slice(Math.max(0, start - 6), start));
  const after = /^\s+(?:of|from|in|de|du|von|aus)\s+((?:19|20)\d{2})\b/u.exec(text.slice(end));
  return after ? Number(after[1]) : before ? Number(before[1]) : undefined;
}

/** "(Author; Author, 2010)" or "(2010)" right after a name (spaces allowed between). */
function citationAfter(text: string, at: number): { year?: number; authors: Array<Mention<string>> } | undefined {
  const match = /^\s*\(([^()\n]{0,200}?)[,;]?\s*((?:19|20)\d{2})\)/u.exec(text.slice(at));
  if (!match) return undefined;
  const listStart = at + match[0].indexOf('(') + 1;
  const authors: Array<Mention<string>> = [];
  let offset = 0;
  for (const part of match[1].split(';')) {
    const name = part.trim().replace(/[,;]$/, '').trim();
    const partStart = listStart + offset + part.indexOf(name);
    offset += part.length + 1;
    if (name.length < 2 || !/^\p{Lu}/u.test(name)) continue;
    authors.push({ value: name, confidence: 0.85, span: spanOf(text, partStart, partStart + name.length) });
  }
  return { year: Number(match[2]), authors };
}
