import { findDateMentions } from './ingest.date-mentions';
import { KindMention, kindsWithin } from './ingest.event-mentions';
import { citiesNamed } from '../../gazetteer/cities';
import { knownOrganisation } from './ingest.known-names';
import { countryCodeOf } from '../../gazetteer/countries';
import { spanOf, TextSpan, TitleOrigin } from './ingest.model';

/*
 * How sure a heading is the event's own name. On pages never seen, the heading is often a news item's headline
 * ("Skills anticipation methods discussed at Cedefop policy learning forum", "X hosted the thirteenth peer review"),
 * a document's title ("Report - ...", "Conclusions of the ... conference"), a generic word ("Webinars",
 * "International Conference"), or site furniture ("Other available languages: FR DE", "Home > 2021 > ..."). Those
 * stay below FACT_THRESHOLD (0.75, ingest.model.ts): proposals for an editor, not facts. Measured on the dev corpus
 * (`npm run ingest:eval`) and checked line by line on the bulk pages (../shared/corpus/bulk, no answers).
 */

/** Confidence of a heading judged not to be the event's own name: a proposal, never a fact. */
export const DOUBTFUL_HEADING = 0.6;
/**
 * Confidence of a heading that cannot be a name at all (digits only, a single word naming no kind of event): as low as
 * a title guessed from the URL, so the event is inferred and only proposed (ingest.plan.ts).
 */
export const NOT_A_NAME = 0.5;

/**
 * True for a title that is only inferred — guessed from the URL, made of the event's kind and place, or a heading
 * that
 * cannot be a name — so its event is never written as a fact, only proposed (ingest.plan.ts; the evaluation applies
 * the same rule to what it counts as written).
 */
export function isInferredTitle(title: { origin: TitleOrigin; confidence: number }): boolean {
  return title.origin === 'url' || title.origin === 'kind-and-place' || title.confidence <= NOT_A_NAME;
}
/** Confidence of the event's name cut out of a news headline ("X held in Bucharest" → "X"). */
export const CUT_HEADING = 0.8;

/** A judged heading: the title's span (possibly a part of the heading) and its confidence. */
export interface JudgedHeading {
  span: TextSpan;
  confidence: number;
}

/** Site furniture and fragments: navigation trails, language switches, logos, search boxes, snippets. */
const FURNITURE = /[|>·…]|\.\.\.|\b(?:languages?|langues|sprachen|logo|site search|flickr|album)\b|^date\s+\d/iu;
/** A document about an event rather than the event ("Report - ...", "Conclusions of ...", "About the seminar"). */
const DOCUMENT =
  /^(?:report|conclusions?|draft|summary|synthesis|booklet|conference booklet|background|about|programme|program|agenda|minutes|acta|thesenpapier|the magazine|photos?|video|presentations?|registration|call for|impressions|a glimpse|glimpse|highlights|recap|read|as the|meetings calendar|calendar|dags för|anmälan|rückblick|bilan)\b/iu;
/** A press release's label in front of the name ("PRESS RELEASE 3275th Council meeting ..."). */
const PRESS_LABEL =
  /^(?:press release|communiqu[eé] de presse|pressemitteilung|comunicato stampa|nota de prensa)\s*[-–—:]?\s*/iu;
/** Verbs of a news headline: what follows is a report about the event, not its name. */
const NEWS_VERB =
  /\s(?:(?:is|are|was|were) (?:a|an|the)\s|(?:(?:has|have|was|were|is|are)\s+)?(?:discussed|held|hosted|hosts|host|participates?|participated|concluded|celebrated?|celebrates|promotes?|launched|launches|agrees?|agreed|presented|presents|took place|takes place|will take place|to take place|joins|joined|invites?|invited|organi[sz]ed|organi[sz]es|attended|attends|opens|opened|closes|closed|kicks? off|welcomes?|welcomed|gathers|gathered|brings together|brought together|met|meets|arrangerade|fand|findet|verliehen|za nami|si è svolt[oa]|s'est tenue?|se celebró|tuvo lugar|a eu lieu|aura lieu)\b)/iu;
/** A person or body "at" the event ("Educational Research Institute at the 20th OSKKO conference"). */
const AT_EVENT = /\s(?:at|à|au|beim|auf der|al|alla|en el|na)\s+(?:(?:the|la|le|l'|der|dem|il|el)\s*)?/iu;
/** A status after the name ("Seminar on VET – new dates", "Forum on teachers postponed"): not part of the name. */
const STATUS_SUFFIX =
  /\s*[–—:(-]?\s*(?:new dates?|postponed|rescheduled|cancell?ed|update[d]?|verschoben|abgesagt|report[ée]e?|annul[ée]e?|rinviat[oa]|annullat[oa]|aplazad[oa]|cancelad[oa]|adiad[oa])\)?\s*$/iu;

/** Words that leave a heading generic when nothing else names the event ("International Conference", "Webinars"). */
const GENERIC =
  /^(?:the|a|an|our|of|and|international|european|national|regional|annual|final|joint|first|second|third|next|upcoming|online|virtual|\d{4}|\d+(?:st|nd|rd|th)?|[ivx]+|le|la|les|du|de|des|der|die|das|il|el|lo|annuel(?:le)?|annuale|anual|jährliche[rns]?|européen(?:ne)?|europe[oa]|europäische[rns]?|internationale?|internazionale|internacional|nationale?|nazionale|nacional|régionale?|regionale|finale?|premier|première|primo|prima|primer[oa]?|erste[rns]?|virtuel(?:le)?|virtuale|en ligne)$/iu;

/**
 * Judges a heading taken as the event's title.
 * @param text the page's plain text
 * @param heading the heading line (or lines) in it
 * @param kinds the page's kind mentions (ingest.event-mentions.ts)
 * @param confidence the confidence the heading would get as the event's name
 * @returns the span to use as the title and its confidence: the whole heading as given; the event's name cut out of
 *   a headline or after a press-release label; or the heading at DOUBTFUL_HEADING when it is not the event's name
 */
export function judgeHeading(text: string, heading: TextSpan, kinds: KindMention[], confidence: number): JudgedHeading {
  const doubtful = { span: heading, confidence: Math.min(confidence, DOUBTFUL_HEADING) };
  const value = heading.text;
  if (/^\p{Ll}/u.test(value) || FURNITURE.test(value)) return doubtful;
  const label = PRESS_LABEL.exec(value);
  if (label && label[0].length < value.length) {
    const rest = spanOf(text, heading.start + label[0].length, heading.end);
    return judgeHeading(text, rest, kinds, confidence);
  }
  if (DOCUMENT.test(value)) return doubtful;
  // A date, a document code ("C/04/155", "14965/06") or an organisation's name alone is not an event's name.
  if (
    mostlyDate(value) ||
    /\b[A-Z]\/\d{2}\/\d+|\b\d{3,}\/\d{2}\b/.test(value) ||
    knownOrganisation(value.trim()) !== undefined
  )
    return doubtful;
  const named = kindsWithin(kinds, heading).filter((k) => k.kind !== undefined);
  // No letters ("2025"), or one word naming no kind of event ("Apprenticeships", a topic): not the event's name.
  if (!/\p{L}/u.test(value) || (!named.length && value.trim().split(/\s+/).length < 2 && value.length <= 250)) {
    return { span: heading, confidence: Math.min(confidence, NOT_A_NAME) };
  }
  const status = STATUS_SUFFIX.exec(value);
  if (status && status.index > 0)
    return judgeHeading(
      text,
      trimmed(text, spanOf(text, heading.start, heading.start + status.index)),
      kinds,
      confidence,
    );
  const verb = NEWS_VERB.exec(value);
  if (verb) {
    const subject = spanOf(text, heading.start, heading.start + verb.index);
    const subjectKinds = named.filter((k) => k.span.end <= subject.end);
    const cut = trimmed(text, subject);
    // "The conference will take place ...": a kind word alone is no name.
    if (!subjectKinds.length || cut.text.split(/\s+/).length < 2 || isGeneric(cut.text, cut, subjectKinds))
      return doubtful;
    return { span: cut, confidence: Math.min(confidence, CUT_HEADING) };
  }
  const at = AT_EVENT.exec(value);
  if (at && !named.some((k) => k.span.end <= heading.start + at.index)) {
    const from = heading.start + at.index + at[0].length;
    const next = named.find((k) => k.span.start >= from);
    const near = next && text.slice(from, next.span.start).trim().split(/\s+/).filter(Boolean).length <= 2;
    if (!near) return doubtful;
    return { span: trimmed(text, spanOf(text, from, heading.end)), confidence: Math.min(confidence, CUT_HEADING) };
  }
  const name = withoutPlaceAndDate(text, heading);
  if (
    isGeneric(
      name.text,
      name,
      named.filter((k) => k.span.end <= name.end),
    )
  )
    return { span: name, confidence: Math.min(confidence, DOUBTFUL_HEADING) };
  return { span: name, confidence };
}

/**
 * The heading without a trailing place or date ("Network meeting, Paris", "... Board Meeting – Vienna, 30th November
 * 2017").
 */
function withoutPlaceAndDate(text: string, heading: TextSpan): TextSpan {
  let end = heading.end;
  for (;;) {
    const head = text.slice(heading.start, end);
    const piece = /(?:,\s+|:\s+|\s+[–—-]\s+|\s*\()([^,:–—(]+?)\)?\s*$/u.exec(head);
    if (!piece || !isPlaceOrDate(piece[1].trim()) || piece.index === 0) break;
    end = heading.start + piece.index;
  }
  if (end === heading.end) return heading;
  const cut = trimmed(text, spanOf(text, heading.start, end));
  return cut.text.split(/\s+/).length >= 2 ? cut : heading;
}

/**
 * A city of the gazetteer, a country, a year or a date ("Thessaloniki", "Greece", "2019", "10th and 11th July 2018").
 */
function isPlaceOrDate(piece: string): boolean {
  if (/^(?:\d{4}|\(?en\)?)$/u.test(piece)) return true;
  const dates = findDateMentions(piece);
  const rest = dates
    .reduce((left, d) => left.replace(d.span.text, ' '), piece)
    .replace(/\b(?:and|to|from|et|und|y|e)\b|[\s,.\-–]+/gu, '');
  if (dates.length && !/\p{L}{3,}/u.test(rest)) return true;
  return /^\p{Lu}[\p{L}'’ -]{1,30}$/u.test(piece) && isPlace(piece);
}

function mostlyDate(value: string): boolean {
  const dates = findDateMentions(value);
  const rest = dates
    .reduce((left, d) => left.replace(d.span.text, ' '), value)
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return dates.length > 0 && rest.split(' ').filter((w) => w.length >= 3).length <= 1;
}

/** True when the heading holds nothing but kind words and generic words ("International Conference", "Webinars"). */
function isGeneric(value: string, heading: TextSpan, named: KindMention[]): boolean {
  if (!named.length) return false;
  let rest = value;
  for (const k of [...named].sort((a, b) => b.span.start - a.span.start)) {
    rest = rest.slice(0, k.span.start - heading.start) + ' ' + rest.slice(k.span.end - heading.start);
  }
  const words = rest.split(/[\s,.:;–—-]+/).filter((w) => /[\p{L}\d]/u.test(w));
  return words.every((w) => GENERIC.test(w) || /^s$/i.test(w));
}

/**
 * How sure a name read from the first sentence is: 0.8 with a proper name and a number or a topic ("16th Cedefop
 * Brussels Seminar", "2025 ReferNet Plenary Meeting"), or two proper words; 0.75 with a topic of at least two content
 * words ("policy learning forum on professional development of teachers"); else 0.7, a proposal ("Cedefop workshop",
 * "Meeting on education": descriptions, not names).
 * @param words the capitalised words before the kind word; @param tail the topic after it; @param proper a proper name
 * among words
 */
export function phraseConfidence(words: string[], tail: string, proper: boolean): number {
  const content = (s: string) =>
    s
      .split(/\s+/)
      .filter(
        (w) =>
          /\p{L}{3,}/u.test(w) &&
          !/^(?:on|for|of|about|the|and|dedicated|to|sur|pour|zum|zur|über|sobre|del|della|des|dos|das|για)$/iu.test(w),
      ).length;
  const numbered = words.some(
    (w) => /^\d/.test(w) || /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Annual)$/iu.test(w),
  );
  const properWords = words.filter(
    (w) =>
      /^\p{Lu}/u.test(w) &&
      !/^(?:First|Second|Third|Annual|Joint|These|Those|European|International|National)$/u.test(w),
  ).length;
  if (proper && (numbered || properWords >= 2 || content(tail) >= 1)) return 0.8;
  return proper ? 0.7 : 0.75;
}

function trimmed(text: string, span: TextSpan): TextSpan {
  const lead = span.text.length - span.text.trimStart().length;
  const body = span.text.trim().replace(/[\s,:;–—-]+$/u, '');
  return spanOf(text, span.start + lead, span.start + lead + body.length);
}

/** Prepositions that tie a date or a weekday to the name before it ("... at 26-27 of May", "... from 4th – 7th"). */
const DATE_PREPOSITION = /[\s,(–—-]+(?:at|on|from|in|du|le|les|vom|am|dal|il|del|el|de|em|w|op|στις|της)?[\s,(–—-]*$/iu;

/**
 * Why a title read from the page cannot be written as the event's name as it stands, and what part of it can:
 * - a part of a table or a sentence cut off: an unmatched bracket ("European Forum of Technical and Vocational and
 *   Training) järjestää ..."), a web address ("Register for Conference on line via www"), or a place alone
 *   ("Thessaloniki") — `{ keep: undefined }`, a proposal;
 * - a day's date or a weekday inside: the words before it when at least three remain ("Joint conference of the European
 *   Social Partners at 26-27 of May 2016" → "Joint conference of the European Social Partners"), else nothing
 *   ("15 February 2010 – first meeting with ...", "Conference on Tuesday").
 * Undefined when the title is fine. Each shape was a title written from a bulk page the editors read otherwise.
 * @param value the title as read
 * @returns undefined, or the part to keep (`keep`: its length in characters from the start, undefined for none)
 */
export function titleProblem(value: string): { keep: number | undefined } | undefined {
  const opened = (value.match(/[([]/g) ?? []).length;
  const closed = (value.match(/[)\]]/g) ?? []).length;
  if (opened !== closed || /\bwww\b|https?:|\.(?:com|org|eu)\b/iu.test(value)) return { keep: undefined };
  const trimmed = value.trim();
  if (/^\p{Lu}[\p{L}'’ -]{1,30}$/u.test(trimmed) && isPlace(trimmed)) return { keep: undefined };
  const day = findDateMentions(value).find((d) => !d.monthOnly);
  const weekday = /[\s,]+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu.exec(value);
  const at = Math.min(day ? day.span.start : Infinity, weekday ? weekday.index : Infinity);
  if (at === Infinity) return undefined;
  let before = value.slice(0, at).replace(DATE_PREPOSITION, '');
  // A place written before the date goes with it ("... Meeting, Bonn, Germany 25-28 October 2004").
  for (let piece = TRAILING_WORD.exec(before); piece && isPlace(piece[1]); piece = TRAILING_WORD.exec(before))
    before = before.slice(0, piece.index).replace(DATE_PREPOSITION, '');
  const words = before
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return { keep: words.length >= 3 ? before.length : undefined };
}

/** The last capitalised word of a title, with the comma or space before it. */
const TRAILING_WORD = /[\s,]+(\p{Lu}[\p{L}'’-]+)[\s,]*$/u;

/** A country's or a gazetteer city's name. */
function isPlace(word: string): boolean {
  return countryCodeOf(word) !== undefined || citiesNamed(word).length > 0;
}
