import { extractDocument } from '../../modules/ingest/ingest.extract';
import { whyNotAnEventPage } from '../../modules/ingest/ingest.event-evidence';
import { EventExtraction, Mention } from '../../modules/ingest/ingest.model';
import { ScoredEvent } from './score';

/**
 * Reads a page with the extractor and keeps, per event it describes, what would be written as a fact: values whose
 * confidence is at least `threshold` (the rest would go to an editor's review queue, not into the graph). A page the
 * extractor refuses (no event, or dates that do not exist) gives no event, unless `everyPageAnEvent` (a diagnosis of
 * the fields apart from page recognition: the first event, or the whole page read as one).
 * @param url the page's address, as ingestion gets it with the text (a title of last resort, never a fact)
 */
export function extractForScoring(text: string, threshold: number, everyPageAnEvent = false, url?: string): ScoredEvent[] {
  const page = extractDocument(text, url);
  if (!everyPageAnEvent && whyNotAnEventPage(page)) return [];
  return page.events.map((event) => scored(event, threshold));
}

function scored(x: EventExtraction, threshold: number): ScoredEvent {
  const sure = <T>(m: Mention<T> | undefined): T | null => (m && m.confidence >= threshold ? m.value : null);
  const names = (ms: Array<Mention<string>>) => ms.filter((m) => m.confidence >= threshold).map((m) => m.value);
  const kind = sure(x.kind);
  const place = x.place && x.place.city.confidence >= threshold ? x.place : undefined;
  return {
    title: sure(x.title),
    kind: kind ? kind.toLowerCase().replace(/_/g, ' ') : null,
    startDate: sure(x.startDate),
    endDate: sure(x.endDate),
    virtual: x.online,
    city: place?.city.value ?? null,
    country: place ? sure(place.country) : null,
    hosts: names(x.hosts),
    organisers: names(x.organisers),
    participants: names(x.participants),
    workingGroups: names(x.workingGroups),
    publications: names(x.publications),
    policyDocuments: names(x.policyDocuments),
    countries: names(x.countries),
    contacts: names(x.contacts),
  };
}
