import { foldText } from '../../domain/text-folding';
import { EventKind } from '../../domain/enums';
import { CalibrationTable, calibratePage, committedCalibration } from './ingest.calibration';
import { findPolicyDocuments, findPublications, quotedStrings } from './ingest.citations';
import { DayParts } from './ingest.date-mentions';
import { isoDate } from './ingest.dates';
import { contactsIn, documentTypeIn, involvementIn, valueAfterLabel } from './ingest.event-fields';
import { kindMentions, kindsWithin } from './ingest.event-mentions';
import { ONLINE_CUES } from './ingest.event-vocabulary';
import { FoldedText } from './ingest.folding';
import { detectLanguage } from './ingest.language';
import {
  EventExtraction,
  FACT_THRESHOLD,
  Mention,
  PageExtraction,
  PublicationFound,
  spanOf,
  TextSpan,
} from './ingest.model';
import { dedupe, findParticipants } from './ingest.organisations';
import { findHosts, findOrganisers, findSupporters } from './ingest.roles';
import { isOrganisationName, judgeOrganisations, whyNotATitle } from './ingest.name-judge';
import { findWorkingGroups, withOwnMeetings } from './ingest.working-groups';
import { EventSketch, findPageEvents, slashOrderFor } from './ingest.page-events';
import { extractPlace } from './ingest.event-place';
import { countryCodeOf } from '../../gazetteer/countries';
import { findCountryMentions, firstMentions } from './ingest.places';
import { sentenceAt, sentences } from './ingest.sentences';
import { PlainDocument, toPlainDocument } from './ingest.text';
import { headingLine, titleFor } from './ingest.titles';
import { EVENT_TYPE_LABELS, PARTICIPATION_CUES, TOPIC_VOCABULARY } from './ingest.vocabulary';

/**
 * Reads one page (plain text or HTML) into a {@link PageExtraction}: its language and every event it describes, each
 * value with a confidence (0..1) and the span of the plain text it came from; none for a page about no event.
 * Pure and deterministic; nothing is looked up in the graph here.
 * Confidences are calibrated (ingest.calibration.ts) with the committed table unless `calibration` is null (the raw
 * confidences of the rules, which is what `npm run ingest:calibrate` measures).
 * @param sourceUrl where the page was read; its last path segment is a title of last resort (inferred, never a fact)
 */
export function extractDocument(
  input: string,
  sourceUrl?: string,
  calibration: CalibrationTable | null = committedCalibration(),
): PageExtraction {
  const page = extractFrom(toPlainDocument(input), sourceUrl);
  return calibration ? calibratePage(page, calibration) : page;
}

/** {@link extractDocument} for a document already reduced to plain text. */
export function extractFrom(document: PlainDocument, sourceUrl?: string): PageExtraction {
  const { text } = document;
  const kinds = kindMentions(new FoldedText(text));
  const heading = headingLine(text, kinds, document.heading);
  const url = document.url ?? (sourceUrl && /^https?:\/\//.test(sourceUrl) ? sourceUrl : undefined);
  const language = detectLanguage(text);
  const clearLanguage = language && language.confidence >= FACT_THRESHOLD ? language.value : undefined;
  const found = findPageEvents(text, heading, kinds, slashOrderFor(url, clearLanguage));
  const eventLayout = found.events.some((e) => e.dateConfidence >= 0.95);
  const events = found.events.map((sketch, index) =>
    readEvent(text, sketch, {
      heading: index === 0 ? heading : sectionHeading(text, sketch),
      eventLayout,
      url,
      kinds,
      declaredUrl: document.url,
    }),
  );
  return {
    text,
    language,
    events,
    noEvent: events.length ? undefined : found.noEvent,
    warnings: found.warnings,
    documentType: documentTypeIn(text),
    url: document.url,
  };
}

/**
 * The whole page read as one event, whatever page recognition says: what a dry run of a page that is refused
 * reports (nothing of it is written).
 */
export function readWholePage(page: PageExtraction): EventExtraction {
  const text = page.text;
  const kinds = kindMentions(new FoldedText(text));
  const all = spanOf(text, 0, text.length);
  const sketch: EventSketch = { block: all, anchor: sentences(text)[0] ?? all, dateConfidence: 0, warnings: [] };
  return readEvent(text, sketch, { heading: headingLine(text, kinds), eventLayout: false, url: page.url, kinds });
}

interface ReadContext {
  heading?: TextSpan;
  eventLayout: boolean;
  url?: string;
  declaredUrl?: string;
  kinds: ReturnType<typeof kindMentions>;
}

function readEvent(text: string, sketch: EventSketch, context: ReadContext): EventExtraction {
  // Other events' text is blanked out (same length, so every span stays an offset of the page).
  const own = masked(text, sketch.block);
  const folded = new FoldedText(own);
  const allSentences = sentences(own);
  const countryMentions = findCountryMentions(folded);
  const countries = firstMentions(countryMentions);
  const headingKind = context.heading ? kindsWithin(context.kinds, context.heading).find((k) => k.kind) : undefined;
  const firstSentence = allSentences.find((s) => s.start >= sketch.block.start);
  const blockKind = firstSentence ? kindsWithin(context.kinds, firstSentence).find((k) => k.kind) : undefined;
  // A title written on the event's own date line names its kind, not a heading above it.
  const kind =
    mentionOf(sketch.titleLine ? sketch.kind : headingKind, 0.9) ??
    mentionOf(sketch.kind, 0.85) ??
    mentionOf(blockKind, 0.8);
  const online =
    kind?.value === EventKind.WEBINAR ||
    [sketch.anchor, context.heading].some((span) => span && hasOnlineCue(span.text)) ||
    movedOnline(text.slice(sketch.block.start, sketch.block.end));
  let place = extractPlace(own, countries, sketch.datesSpan);
  const onlineInBlock = !place && hasOnlineCue(text.slice(sketch.block.start, sketch.block.end));
  if (online) place = undefined;
  const hosts = findHosts(own);
  const organisers = findOrganisers(own);
  const named = new Set([...hosts, ...organisers].map((org) => foldText(org.value)));
  const dates = datesOf(sketch);
  const title = titleFor({
    text,
    block: sketch.block,
    anchor: sketch.anchor,
    heading: context.heading ?? headingOfBlock(text, sketch, context.kinds),
    headerLines: headerLines(text, sketch),
    kinds: context.kinds,
    eventLayout: context.eventLayout,
    url: context.url,
    fallback: { kind: kind?.value, city: place?.city.value },
    startYear: dates.startDate ? Number(dates.startDate.value.slice(0, 4)) : undefined,
  });
  return {
    text,
    block: sketch.block,
    title,
    // A recurring event of the field (a skills week, a competition) has no kind of ours; a kind word on its page names
    // something else held during it.
    kind: title.origin === 'series' ? undefined : kind,
    involvement: involvementIn(valueAfterLabel(own, EVENT_TYPE_LABELS)),
    ...dates,
    place,
    online: online || onlineInBlock,
    hosts,
    organisers,
    participants: judgeOrganisations(
      dedupe([...findParticipants(own, (name) => countryCodeOf(name) !== undefined), ...findSupporters(own)]),
    )
      .map(({ known: _known, ...org }) => org)
      .filter((org) => !named.has(foldText(org.value))),
    workingGroups: withOwnMeetings(findWorkingGroups(own), own, context.kinds, title.value),
    publications: judgedPublications(dedupe(findPublications(own, allSentences, quotedStrings(own)))),
    policyDocuments: findPolicyDocuments(own).map((document) => ({
      ...document,
      adoptedBy: document.adoptedBy.filter((body) => isOrganisationName(body.value)),
    })),
    countries,
    participatingCountries: firstMentions(
      countryMentions.filter((country) => {
        const sentence = foldText(sentenceAt(allSentences, country.span.start).text);
        return PARTICIPATION_CUES.some((cue) => new RegExp(`\\b${cue}\\b`).test(sentence));
      }),
    ).map((country) => ({ ...country, confidence: 0.7 })),
    topics: topicsIn(folded),
    contacts: contactsIn(own),
    url: context.declaredUrl,
    warnings: sketch.warnings,
  };
}

/**
 * Publications whose title is not a fragment (a date, a lone adjective, a whole sentence), with a publisher that is a
 * name.
 */
function judgedPublications(found: PublicationFound[]): PublicationFound[] {
  return found
    .filter((p) => whyNotATitle(p.value) === undefined)
    .map((p) => (p.publisher && !isOrganisationName(p.publisher.value) ? { ...p, publisher: undefined } : p));
}

function mentionOf(
  found: { kind?: EventKind; span: TextSpan } | undefined,
  confidence: number,
): Mention<EventKind> | undefined {
  return found?.kind ? { value: found.kind, confidence, span: found.span } : undefined;
}

/** The event's dates as ISO strings with their confidence, or why they cannot be taken. */
function datesOf(sketch: EventSketch): Pick<EventExtraction, 'startDate' | 'endDate' | 'dateProblem'> {
  if (sketch.dateProblem) return { dateProblem: sketch.dateProblem };
  // The weakest of: where the dates stand, how their year was fixed, whether their day and month order is known.
  const confidence = Math.min(sketch.dateConfidence, sketch.yearConfidence ?? 1, sketch.orderConfidence ?? 1);
  if (sketch.end && !sketch.start && sketch.datesSpan) {
    const end = isoDate(sketch.end);
    return end ? { endDate: { value: end, confidence, span: sketch.datesSpan } } : {};
  }
  if (!sketch.start || !sketch.datesSpan) return {};
  const start = isoDate(sketch.start);
  const end = sketch.end ? isoDate(sketch.end) : undefined;
  if (!start || (sketch.end && !end)) {
    const bad = [sketch.start, sketch.end].find((parts): parts is DayParts => parts !== undefined && !isoDate(parts));
    const written = /\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b/.exec(sketch.datesSpan.text)?.[0] ?? sketch.datesSpan.text;
    const where = sketch.dateConfidence >= 0.95 ? 'the Event Date(s) block' : 'the text';
    return {
      dateProblem:
        `${where} gives "${bad && written === sketch.datesSpan.text ? sketch.datesSpan.text : written}", ` +
        `a day that does not exist`,
    };
  }
  return {
    startDate: { value: start, confidence, span: sketch.datesSpan },
    // A one-day event ends the day it starts: the text fixes that too.
    ...(sketch.openEnd ? {} : { endDate: { value: end ?? start, confidence, span: sketch.datesSpan } }),
  };
}

function hasOnlineCue(text: string): boolean {
  const folded = new FoldedText(text);
  return ONLINE_CUES.some((cue) => folded.findPhrase(cue).length > 0);
}

/**
 * "will (now) take place online", "is now held virtually", "aura lieu en ligne", "findet nun online statt": the event
 * itself is online (its place, if any, is where it was first planned). Not when "online" is one of two ways ("online
 * and in Brussels").
 */
const MOVED_ONLINE =
  /(?:^|[^\p{L}])(?:will (?:now )?(?:take place|be held|run)|(?:is|are|has been|have been) (?:now )?(?:held|moved|taking place)|now|aura lieu|se tiendra|se deroulera|findet|wird|si terra|si svolgera|tendra lugar|se celebrara)(?: desormais| nun| jetzt| ora| ahora)? (?:online|virtually|virtuell|en ligne|en linea|in (?:a )?virtual format)(?! ?(?:and|or|as well|&|et|und|e|y|o|ou|oder)\b)(?:[^\p{L}]|$)/u;

function movedOnline(block: string): boolean {
  return MOVED_ONLINE.test(foldText(block).replace(/\s+/g, ' '));
}

/** `text` with everything outside `block` blanked (line breaks kept). */
function masked(text: string, block: TextSpan): string {
  if (block.start === 0 && block.end === text.length) return text;
  const blank = (piece: string) => piece.replace(/[^\n]/g, ' ');
  return blank(text.slice(0, block.start)) + text.slice(block.start, block.end) + blank(text.slice(block.end));
}

/** The heading line right before a later event's paragraph, when it names a kind of event. */
function sectionHeading(text: string, sketch: EventSketch): TextSpan | undefined {
  const lineEnd = text.indexOf('\n', sketch.block.start);
  const first = spanOf(text, sketch.block.start, lineEnd < 0 ? sketch.block.end : Math.min(lineEnd, sketch.block.end));
  return first.text.trim() &&
    first.end < sketch.anchor.start &&
    first.text.length <= 200 &&
    !/[.!?]$/.test(first.text.trim())
    ? first
    : undefined;
}

/**
 * A heading line right above the event's anchor paragraph that names a kind ("11-Dez-17: ReferNet annual plenary
 * meeting 2017").
 */
function headingOfBlock(
  text: string,
  sketch: EventSketch,
  kinds: ReturnType<typeof kindMentions>,
): TextSpan | undefined {
  const before = text.slice(Math.max(0, sketch.anchor.start - 300), sketch.anchor.start);
  const match = /(?:^|\n)([^\n]{3,200})\n\s*\n?\s*$/.exec(before);
  if (!match || /[.!?,:]$/.test(match[1].trim())) return undefined;
  const start = sketch.anchor.start - before.length + (match.index ?? 0) + match[0].indexOf(match[1]);
  const line = spanOf(text, start, start + match[1].length);
  return kindsWithin(kinds, line).some((k) => k.kind !== undefined) ? line : undefined;
}

/**
 * The title on the event's date line, else the lines right above a place-and-date line ("How to make learning visible?"
 * / "Strategies for ...").
 */
function headerLines(text: string, sketch: EventSketch): TextSpan | undefined {
  if (sketch.titleLine) return sketch.titleLine;
  if (!sketch.eventLine) return undefined;
  const lineStart = text.lastIndexOf('\n', sketch.eventLine.start - 1) + 1;
  let start = lineStart;
  let guard = 0;
  // Consecutive non-blank lines above; if none, one short paragraph above the blank lines.
  while (start > 0 && text[start - 1] === '\n' && text[start - 2] !== '\n' && start - 1 > 0 && guard < 3) {
    start = text.lastIndexOf('\n', start - 2) + 1;
    guard += 1;
  }
  if (start === lineStart) {
    const above = text.slice(0, lineStart).replace(/\s+$/, '');
    const from = above.lastIndexOf('\n') + 1;
    const piece = above.slice(from);
    if (!piece || piece.includes('\n') || piece.length > 200 || /[.!]$/.test(piece)) return undefined;
    return spanOf(text, from, from + piece.length);
  }
  const piece = text.slice(start, lineStart).replace(/\s+$/, '');
  if (piece.length > 300 || /[.!]$/.test(piece)) return undefined;
  return spanOf(text, start, start + piece.length);
}

/**
 * Topics of the vocabulary whose phrases occur, first mention each, confidence 0.7 (a phrase is a hint, not a claim).
 */
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
