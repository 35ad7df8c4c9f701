import { PageExtraction } from './ingest.model';

/**
 * Why a page must not be written as an event, or undefined when it can be. Ingestion writes events, so a page
 * without the evidence of one would write junk (found by the ingestion audit: binary input and blank text became an
 * event called "Event", a news item an invented MEETING, "31/02/2019 - 01/03/2019" an event starting on 1 March).
 * A page describes an event when a date is tied to one (a date field, a "City, date" line, a sentence naming an event
 * or saying one takes place) or its heading or first sentences announce one (ingest.page-events.ts); a page whose
 * event's dates do not exist or run backwards is refused too, never repaired.
 * @param page what extractDocument read
 * @returns the reason, phrased to follow "the document cannot be ingested: "
 */
export function whyNotAnEventPage(page: PageExtraction): string | undefined {
  const problem = page.events.find((event) => event.dateProblem)?.dateProblem;
  if (problem) return problem;
  if (!page.events.length) return page.noEvent ?? 'it does not read as an event page';
  return undefined;
}
