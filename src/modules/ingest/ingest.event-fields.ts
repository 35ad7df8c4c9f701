import { EventInvolvement, EventKind, PublicationKind } from '../../domain/enums';
import { foldText } from '../../domain/text-folding';
import { FoldedText } from './ingest.folding';
import { Mention, spanOf, TextSpan, TitleOrigin } from './ingest.model';
import { countryCodeOf } from './ingest.places';
import { lines } from './ingest.sentences';
import {
  CONTACT_LABELS,
  DATE_BLOCK_LABELS,
  DETAILS_LABELS,
  DOCUMENT_TYPE_TERMS,
  EVENT_KIND_TERMS,
  EVENT_TYPE_LABELS,
  INVOLVEMENT_TERMS,
} from './ingest.vocabulary';

/*
 * The fields of the event page itself: its kind, Cedefop's involvement, the document type line, the contact and
 * the title (explicit, or derived when the page has none, as the seed).
 */

const LABELS = new Set([...DATE_BLOCK_LABELS, ...EVENT_TYPE_LABELS, ...DETAILS_LABELS, ...CONTACT_LABELS]);

/** True for a line that is one of the page's block labels ("Event Date(s)", "Event Type", "Contact" ...). */
export function isLabel(line: string): boolean {
  return LABELS.has(foldText(line).replace(/:$/, '').trim());
}

/** The value line after a label line of `labels`, or undefined. */
export function valueAfterLabel(text: string, labels: string[]): TextSpan | undefined {
  const all = lines(text);
  const at = all.findIndex((line) => labels.includes(foldText(line.text).replace(/:$/, '').trim()));
  return at >= 0 ? all[at + 1] : undefined;
}

/** The event kind named first in `span` (a title, a type line, a sentence), with the given confidence. */
export function kindIn(span: TextSpan, confidence: number): Mention<EventKind> | undefined {
  const folded = new FoldedText(span.text);
  let best: Mention<EventKind> | undefined;
  for (const [kind, terms] of EVENT_KIND_TERMS) {
    for (const term of terms) {
      const [hit] = folded.findPhrase(term).concat(folded.findPhrase(`${term}s`));
      // Spans of `folded` are relative to `span`; shift them into the whole text.
      if (hit && (!best || span.start + hit.start < best.span.start)) {
        best = { value: kind, confidence, span: { start: span.start + hit.start, end: span.start + hit.end, text: hit.text } };
      }
    }
  }
  return best;
}

/** Cedefop's involvement from the "Event Type" value line ("Cedefop involvement", "Cedefop event"). */
export function involvementIn(typeLine: TextSpan | undefined): Mention<EventInvolvement> | undefined {
  if (!typeLine) return undefined;
  const folded = foldText(typeLine.text);
  for (const [involvement, terms] of INVOLVEMENT_TERMS) {
    if (terms.some((term) => folded.includes(term))) return { value: involvement, confidence: 0.95, span: typeLine };
  }
  return undefined;
}

/** A line that is exactly a document type label ("Technical report"), confidence 0.9. */
export function documentTypeIn(text: string): Mention<PublicationKind> | undefined {
  for (const line of lines(text)) {
    const folded = foldText(line.text).replace(/[.:]$/, '').trim();
    for (const [kind, terms] of DOCUMENT_TYPE_TERMS) if (terms.includes(folded)) return { value: kind, confidence: 0.9, span: line };
  }
  return undefined;
}

const PERSON_NAME = /^\p{Lu}[\p{L}'’\-]+(?:\s+(?:van|von|de|da|der|den|di|du|le|la)?\s*\p{Lu}[\p{L}'’\-]+){1,3}$/u;

/**
 * The contact person: the name after a "Contact" label (same line or next), else the last line of the page when it
 * is a bare personal name after the details block (Cedefop pages end so, as the seed does), confidence 0.9 / 0.75.
 */
export function contactsIn(text: string): Array<Mention<string>> {
  const all = lines(text);
  for (let i = 0; i < all.length; i += 1) {
    const labelled = /^(?:contact(?: person)?|kontakt|ansprechpartner(?:in)?|personne de contact)\s*:\s*(.+)$/iu.exec(all[i].text);
    if (labelled && PERSON_NAME.test(labelled[1].trim())) {
      const start = all[i].start + all[i].text.indexOf(labelled[1].trim());
      return [{ value: labelled[1].trim(), confidence: 0.9, span: spanOf(text, start, start + labelled[1].trim().length) }];
    }
    if (isContactLabel(all[i].text) && all[i + 1]) {
      // "Sandra Lopes, ANQEP": the name before a comma naming the organisation.
      const name = all[i + 1].text.split(',')[0].trim();
      if (PERSON_NAME.test(name)) return [{ value: name, confidence: 0.9, span: spanOf(text, all[i + 1].start, all[i + 1].start + name.length) }];
    }
  }
  const detailsAt = all.findIndex((line) => isLabel(line.text));
  const last = all[all.length - 1];
  if (detailsAt >= 0 && last && all.indexOf(last) > detailsAt && PERSON_NAME.test(last.text) && !isLabel(last.text) && !documentTypeIn(last.text) && !countryCodeOf(last.text)) {
    const folded = foldText(last.text);
    const isVocabulary = [...EVENT_KIND_TERMS, ...INVOLVEMENT_TERMS].some(([, terms]) => terms.some((term) => folded.includes(term)));
    if (!isVocabulary) return [{ value: last.text, confidence: 0.75, span: last }];
  }
  return [];
}

/** A contact label line: "Contact", "Kontakt:", or bilingual ones such as "Contacto / Contact". */
function isContactLabel(line: string): boolean {
  return foldText(line).replace(/:$/, '').split('/').every((part) => CONTACT_LABELS.includes(part.trim()));
}

/** Verbs that end the subject of a page's first sentence ("The second peer learning activity ... will take place"). */
const SUBJECT_END = /\s+(?:will take place|will be held|takes place|took place|was held|is held|will be organised|was organised|is organised|brought together|brings together|will bring together|aims|aimed|aura lieu|a eu lieu|se tiendra|s['’]est tenue?|se tient|réunira|a réuni|findet|fand|wird|wurde)\b/u;

/**
 * The event title, and how it was obtained:
 * 1. `heading`: the page's `<h1>`/`<title>` (HTML), confidence 0.95;
 * 2. `first-line`: a first line standing alone (no final full stop, no date, not a label), 0.85; its length is
 *    not capped here: an over-long title is refused by validation (field case F10), not silently replaced;
 * 3. `first-sentence`: a quoted title right after an event word in the first sentence, or else the subject of the
 *    first sentence without its article ("Second peer learning activity of the Thematic working group on ..."), 0.6;
 * 4. `kind-and-place`: "<Kind> in <City>" when nothing else serves, 0.4.
 */
export function titleOf(
  text: string,
  heading: string | undefined,
  firstSentence: TextSpan | undefined,
  quotedEventTitle: Mention<string> | undefined,
  fallback: { kind?: EventKind; city?: string; date?: string },
): Mention<string> & { origin: TitleOrigin } {
  if (heading) {
    const at = text.indexOf(heading);
    return { value: heading, confidence: 0.95, span: at >= 0 ? spanOf(text, at, at + heading.length) : spanOf(text, 0, 0), origin: 'heading' };
  }
  const all = lines(text);
  const first = all[0];
  const standsAlone = first && (all.length === 1 || text.slice(first.end, first.end + 2) === '\n\n');
  if (first && standsAlone && all.length > 1 && !/[.:]$/.test(first.text) && !isLabel(first.text) && !/\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(first.text)) {
    return { value: first.text, confidence: 0.85, span: first, origin: 'first-line' };
  }
  if (quotedEventTitle && firstSentence && quotedEventTitle.span.start < firstSentence.end) {
    return { ...quotedEventTitle, confidence: 0.8, origin: 'first-sentence' };
  }
  if (firstSentence) {
    const end = SUBJECT_END.exec(firstSentence.text);
    if (end && end.index > 0) {
      const subject = firstSentence.text.slice(0, end.index);
      const article = /^(?:the|le|la|les|l['’]|der|die|das|an?)\s+/iu.exec(subject);
      const value = subject.slice(article ? article[0].length : 0);
      if (value.split(/\s+/).length >= 3 && value.length <= 300) {
        const start = firstSentence.start + (article ? article[0].length : 0);
        return { value: value[0].toUpperCase() + value.slice(1), confidence: 0.6, span: spanOf(text, start, start + value.length), origin: 'first-sentence' };
      }
    }
  }
  const kindLabel = fallback.kind ? fallback.kind.charAt(0) + fallback.kind.slice(1).toLowerCase().replace(/_/g, ' ') : 'Event';
  const where = fallback.city ? ` in ${fallback.city}` : '';
  const when = fallback.date ? ` (${fallback.date})` : '';
  return { value: `${kindLabel}${where}${when}`, confidence: 0.4, span: spanOf(text, 0, 0), origin: 'kind-and-place' };
}
