import { kindIn } from './ingest.event-fields';
import { DocumentExtraction } from './ingest.model';
import { sentenceAt, sentences } from './ingest.sentences';

/** Confidence of dates read from an "Event Date(s)" block (ingest.dates.ts). */
const DATE_BLOCK_CONFIDENCE = 0.95;
/** Confidence of an event kind read from the heading, the type line or the first sentence (ingest.extract.ts). */
const STATED_KIND_CONFIDENCE = 0.85;

/**
 * Why an extraction does not read as an event page and must not be written, or undefined when it does. Ingestion
 * writes an event; without the page's own evidence of one it would write junk: binary or blank input became an event
 * called "Event", a news item an invented MEETING, "31/02/2019 - 01/03/2019" an event starting on 1 March (all found
 * by the ingestion audit). Evidence is a date that exists and either an "Event Date(s)" block, or an event kind stated
 * in the heading, the event-type line or the first sentence, or a kind word in the sentence that gives the date ("The
 * conference will take place in Vienna from 3 to 4 October 2018"); a kind word elsewhere in the text is not enough.
 * @param extraction what extractDocument read
 * @returns the reason, phrased to follow "the document cannot be ingested: "
 */
export function whyNotAnEventPage(extraction: DocumentExtraction): string | undefined {
  if (extraction.dateProblem) return extraction.dateProblem;
  const { startDate, kind } = extraction;
  if (!startDate) {
    return 'no event date was found; an event page gives its dates in an "Event Date(s)" block (28/05/2013 - 30/05/2013) or in its text ("on 21 and 22 November 2013")';
  }
  const dateBlock = startDate.confidence >= DATE_BLOCK_CONFIDENCE;
  const statedKind = kind !== undefined && kind.confidence >= STATED_KIND_CONFIDENCE;
  const kindWithDate = () => kindIn(sentenceAt(sentences(extraction.text), startDate.span.start), 1) !== undefined;
  if (!dateBlock && !statedKind && !kindWithDate()) {
    return 'it does not read as an event page: it has no "Event Date(s)" block and names no kind of event (peer learning activity, conference, seminar, ...) in its heading, event-type line, first sentence or the sentence that gives the date';
  }
  return undefined;
}
