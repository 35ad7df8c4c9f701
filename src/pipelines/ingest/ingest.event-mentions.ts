import { EventKind } from '../../domain/enums';
import { escapeRegExp, FoldedText } from './ingest.folding';
import { TextSpan } from './ingest.model';
import { EVENT_KINDS, EVENT_NOUNS, EVENT_VERBS, KIND_ACRONYMS } from './ingest.event-vocabulary';
import { knownBodies } from './ingest.known-names';
import { foldText } from '../../domain/text-folding';

/*
 * Where a page speaks of events: the words that name a kind of event ("conference", "Συνέδριο", "reunião
 * plenária"),
 * the nouns that name an event without a kind of ours ("event", "ceremony"), and the phrases that say one happens.
 */

/** A word of the text naming an event: its kind, or none for a generic noun ("the event"). */
export interface KindMention {
  kind?: EventKind;
  span: TextSpan;
}

let bodyNamesWithKindWords: string[] | undefined;

/**
 * Folded names of the bundled data's organisations that hold a kind word: "European Forum of Technical and
 * Vocational Education and Training", "European Youth Forum", "Schweizerische Berufsbildungsämter-Konferenz". A kind
 * word inside one names the body, not an event (a bulk page listing EfVET among the speakers read as a forum).
 */
function kindWordBodyNames(): string[] {
  if (bodyNamesWithKindWords) return bodyNamesWithKindWords;
  const terms = EVENT_KINDS.flatMap(([, kindTerms]) => kindTerms);
  const holdsKindWord = (name: string) =>
    terms.some((term) => new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(term)}s?(?![\\p{L}\\d])`, 'u').test(name));
  bodyNamesWithKindWords = knownBodies()
    .filter((body) => body.type === 'Organisation')
    .flatMap((body) => body.names.map(foldText))
    .filter((name) => name.split(/\s+/).length >= 2 && holdsKindWord(name));
  return bodyNamesWithKindWords;
}

/**
 * Every kind word and event noun of the text, longest first where two overlap, in text order; none inside the name of
 * a venue ("Palacio de Congresos") or of an organisation the bundled data knows (kindWordBodyNames).
 */
export function kindMentions(folded: FoldedText): KindMention[] {
  const all: KindMention[] = [];
  for (const [kind, terms] of EVENT_KINDS) {
    for (const term of terms)
      for (const span of folded.findPhrase(term).concat(folded.findPhrase(`${term}s`))) all.push({ kind, span });
  }
  for (const noun of EVENT_NOUNS) for (const span of folded.findPhrase(noun)) all.push({ span });
  for (const [kind, acronym] of KIND_ACRONYMS) {
    for (const match of folded.original.matchAll(new RegExp(`(?<![\\p{L}\\d])${acronym}s?(?![\\p{L}\\d])`, 'gu'))) {
      const start = match.index ?? 0;
      all.push({ kind, span: { start, end: start + match[0].length, text: match[0] } });
    }
  }
  // Longest first, then kinds before nouns, so "plenary meeting" wins over "meeting" and a kind over "event".
  all.sort(
    (a, b) =>
      b.span.end - b.span.start - (a.span.end - a.span.start) ||
      Number(b.kind !== undefined) - Number(a.kind !== undefined),
  );
  const bodies = kindWordBodyNames().flatMap((name) => folded.findPhrase(name));
  const kept: KindMention[] = [];
  for (const mention of all) {
    if (bodies.some((body) => body.start <= mention.span.start && mention.span.end <= body.end)) continue;
    // A venue's name is not an event: "Palacio de Congresos", "Palais des congrès", "Conference Centre".
    const before = folded.original.slice(Math.max(0, mention.span.start - 14), mention.span.start);
    const after = folded.original.slice(mention.span.end, mention.span.end + 10);
    if (
      /(?:pal[a-z]+|centro|centre|center|haus|hall)\s+(?:de|des|dei|del|der)?\s*$/iu.test(before) ||
      /^\s+(?:cent(?:re|er)|hall|venue|room)\b/iu.test(after)
    )
      continue;
    if (!kept.some((k) => k.span.start < mention.span.end && mention.span.start < k.span.end)) kept.push(mention);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

let verbPattern: RegExp | undefined;

/**
 * True when a (folded) sentence says an event happens: "will take place", "a eu lieu", "odbył się",
 * "πραγματοποιήθηκε".
 */
export function hasEventVerb(foldedSentence: string): boolean {
  verbPattern ??= new RegExp(`(?:^|[^\\p{L}\\d])(?:${EVENT_VERBS.map(escapeRegExp).join('|')})(?![\\p{L}\\d])`, 'u');
  return verbPattern.test(foldedSentence);
}

/** The kind mentions inside a span, in text order. */
export function kindsWithin(mentions: KindMention[], span: { start: number; end: number }): KindMention[] {
  return mentions.filter((m) => m.span.start >= span.start && m.span.end <= span.end);
}

/**
 * The kind mention of a sentence that a date in it belongs to: the nearest named kind before the date, else the
 * nearest after it, else the nearest generic noun; undefined when the sentence names no event.
 */
export function kindForDate(mentions: KindMention[], sentence: TextSpan, at: number): KindMention | undefined {
  const inSentence = kindsWithin(mentions, sentence);
  const named = inSentence.filter((m) => m.kind !== undefined);
  const pick = (list: KindMention[]) => {
    const before = list.filter((m) => m.span.end <= at);
    return before.length ? before[before.length - 1] : list.find((m) => m.span.start >= at);
  };
  return pick(named) ?? pick(inSentence);
}
