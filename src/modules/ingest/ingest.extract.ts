import { foldText } from '../../domain/text-folding';
import { extractEventDates } from './ingest.dates';
import { FoldedText } from './ingest.folding';
import { DocumentExtraction, Mention } from './ingest.model';
import { findPolicyDocuments, findPublications, quotedStrings } from './ingest.citations';
import { contactsIn, documentTypeIn, involvementIn, kindIn, titleOf, valueAfterLabel } from './ingest.event-fields';
import { dedupe, findHosts, findOrganisers, findParticipants, findWorkingGroups } from './ingest.organisations';
import { countryCodeOf, extractPlace, findCountryMentions, firstMentions } from './ingest.places';
import { sentenceAt, sentences } from './ingest.sentences';
import { PlainDocument, toPlainDocument } from './ingest.text';
import { EVENT_TYPE_LABELS, ONLINE_CUES, PARTICIPATION_CUES, TOPIC_VOCABULARY } from './ingest.vocabulary';

/**
 * Reads one event page (plain text or HTML) into a {@link DocumentExtraction}: every value with a confidence (0..1)
 * and the span of the plain text it came from. Pure and deterministic; nothing is looked up in the graph here.
 */
export function extractDocument(input: string): DocumentExtraction {
  return extractFrom(toPlainDocument(input));
}

/** {@link extractDocument} for a document already reduced to plain text. */
export function extractFrom(document: PlainDocument): DocumentExtraction {
  const { text } = document;
  const folded = new FoldedText(text);
  const allSentences = sentences(text);
  const firstSentence = allSentences[0];
  const quotes = quotedStrings(text);
  const countryMentions = findCountryMentions(folded);
  const countries = firstMentions(countryMentions);
  const place = extractPlace(text, countries);
  const dates = extractEventDates(text);
  const typeLine = valueAfterLabel(text, EVENT_TYPE_LABELS);

  const headingSpan = document.heading ? { start: Math.max(0, text.indexOf(document.heading)), end: Math.max(0, text.indexOf(document.heading)) + document.heading.length, text: document.heading } : undefined;
  const kind =
    (headingSpan && kindIn(headingSpan, 0.9)) ??
    (typeLine && kindIn(typeLine, 0.95)) ??
    (firstSentence && kindIn(firstSentence, 0.85)) ??
    kindIn({ start: 0, end: text.length, text }, 0.6);
  const quotedEventTitle = quotes.find((quote) => quote.titlesEvent);
  const hosts = findHosts(text);
  const organisers = findOrganisers(text);
  // An organisation that hosts or organises is not also listed as a participant.
  const named = new Set([...hosts, ...organisers].map((org) => foldText(org.value)));
  const title = titleOf(text, document.heading, firstSentence, quotedEventTitle, { kind: kind?.value, city: place?.city.value, date: dates.start?.value });

  return {
    text,
    title,
    kind,
    involvement: involvementIn(typeLine),
    startDate: dates.start,
    endDate: dates.end,
    dateProblem: dates.problem,
    place,
    online: ONLINE_CUES.some((cue) => folded.findPhrase(cue).length > 0),
    hosts,
    organisers,
    participants: findParticipants(text, (name) => countryCodeOf(name) !== undefined).filter((org) => !named.has(foldText(org.value))),
    workingGroups: findWorkingGroups(text),
    publications: dedupe(findPublications(text, allSentences, quotes)),
    policyDocuments: findPolicyDocuments(text),
    countries,
    participatingCountries: firstMentions(countryMentions.filter((country) => {
      const sentence = foldText(sentenceAt(allSentences, country.span.start).text);
      return PARTICIPATION_CUES.some((cue) => new RegExp(`\\b${cue}\\b`).test(sentence));
    })).map((country) => ({ ...country, confidence: 0.7 })),
    topics: topicsIn(folded),
    documentType: documentTypeIn(text),
    contacts: contactsIn(text),
    url: document.url,
  };
}

/** Topics of the vocabulary whose phrases occur, first mention each, confidence 0.7 (a phrase is a hint, not a claim). */
function topicsIn(folded: FoldedText): Array<Mention<string>> {
  const found: Array<Mention<string>> = [];
  for (const topic of TOPIC_VOCABULARY) {
    const hits = topic.phrases.flatMap((phrase) => folded.findPhrase(phrase).concat(folded.findPhrase(`${phrase}s`)));
    if (!hits.length) continue;
    const first = hits.reduce((a, b) => (b.start < a.start ? b : a));
    found.push({ value: topic.id, confidence: 0.7, span: first });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
