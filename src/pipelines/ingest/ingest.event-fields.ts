import { EventInvolvement, EventKind, PublicationKind } from '../../domain/enums';
import { foldText } from '../../domain/text-folding';
import { FoldedText } from './ingest.folding';
import { Mention, spanOf, TextSpan } from './ingest.model';
import { countryCodeOf } from '../../gazetteer/countries';
import { lines } from './ingest.sentences';
import { kindMentions } from './ingest.event-mentions';
import { EVENT_KINDS } from './ingest.event-vocabulary';
import {
  CONTACT_LABELS,
  DATE_BLOCK_LABELS,
  DETAILS_LABELS,
  DOCUMENT_TYPE_TERMS,
  EVENT_TYPE_LABELS,
  INVOLVEMENT_TERMS,
} from './ingest.vocabulary';

/*
 * The fields of the event page itself: its kind, Cedefop's involvement, the document type line and the contact.
 * Titles are read in ingest.titles.ts.
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
  // Spans of the folded piece are relative to `span`; shifted into the whole text.
  const [first] = kindMentions(new FoldedText(span.text)).filter((m) => m.kind !== undefined);
  if (!first?.kind) return undefined;
  return {
    value: first.kind,
    confidence,
    span: { start: span.start + first.span.start, end: span.start + first.span.end, text: first.span.text },
  };
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
    for (const [kind, terms] of DOCUMENT_TYPE_TERMS)
      if (terms.includes(folded)) return { value: kind, confidence: 0.9, span: line };
  }
  return undefined;
}

const PERSON_NAME = /^\p{Lu}[\p{L}'’\-]+(?:\s+(?:van|von|de|da|der|den|di|du|le|la)?\s*\p{Lu}[\p{L}'’\-]+){1,3}$/u;

/**
 * The contact person: the name after a "Contact" label (same line or next, before a comma that goes on to the
 * person's role or organisation), else the last line of the page when it
 * is a bare personal name after the details block (Cedefop pages end so, as the seed does), confidence 0.9 / 0.75.
 */
export function contactsIn(text: string): Array<Mention<string>> {
  const all = lines(text);
  for (let i = 0; i < all.length; i += 1) {
    const labelled = /^(?:contact(?: person)?|kontakt|ansprechpartner(?:in)?|personne de contact)\s*:\s*(.+)$/iu.exec(
      all[i].text,
    );
    // "Contact: Jo Example" or "Contact: Jo Example, Project Manager at Le Forem": the name before a comma.
    const name = labelled?.[1].split(',')[0].trim();
    if (labelled && name && PERSON_NAME.test(name)) {
      const start = all[i].start + all[i].text.indexOf(name, all[i].text.indexOf(':'));
      return [{ value: name, confidence: 0.9, span: spanOf(text, start, start + name.length) }];
    }
    if (isContactLabel(all[i].text) && all[i + 1]) {
      // "Sandra Lopes, ANQEP": the name before a comma naming the organisation.
      const name = all[i + 1].text.split(',')[0].trim();
      if (PERSON_NAME.test(name))
        return [{ value: name, confidence: 0.9, span: spanOf(text, all[i + 1].start, all[i + 1].start + name.length) }];
    }
  }
  const detailsAt = all.findIndex((line) => isLabel(line.text));
  const last = all[all.length - 1];
  if (
    detailsAt >= 0 &&
    last &&
    all.indexOf(last) > detailsAt &&
    PERSON_NAME.test(last.text) &&
    !isLabel(last.text) &&
    !documentTypeIn(last.text) &&
    !countryCodeOf(last.text)
  ) {
    const folded = foldText(last.text);
    const isVocabulary = [...EVENT_KINDS, ...INVOLVEMENT_TERMS].some(([, terms]) =>
      terms.some((term) => folded.includes(term)),
    );
    if (!isVocabulary) return [{ value: last.text, confidence: 0.75, span: last }];
  }
  return [];
}

/** A contact label line: "Contact", "Kontakt:", or bilingual ones such as "Contacto / Contact". */
function isContactLabel(line: string): boolean {
  return foldText(line)
    .replace(/:$/, '')
    .split('/')
    .every((part) => CONTACT_LABELS.includes(part.trim()));
}
