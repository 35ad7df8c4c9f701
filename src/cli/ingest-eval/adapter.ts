import { CalibratedField, CalibrationTable } from '../../pipelines/ingest/ingest.calibration';
import { extractDocument } from '../../pipelines/ingest/ingest.extract';
import { whyNotAnEventPage } from '../../pipelines/ingest/ingest.event-evidence';
import { EventExtraction, Mention } from '../../pipelines/ingest/ingest.model';
import { isInferredTitle } from '../../pipelines/ingest/ingest.title-judge';
import { isUntitledButDescribed, isWrittenUntitled } from '../../pipelines/ingest/ingest.untitled';
import { ScoredEvent } from './score';

/** A field whose values `keep` decides on: the calibrated ones and the countries a page mentions. */
export type KeptField = CalibratedField | 'countries';

/** Whether a value of a field would be written as a fact. */
export type KeepRule = (field: KeptField, mention: Mention<unknown>) => boolean;

/**
 * Reads a page with the extractor and returns the events it would write (none for a page it refuses: no event, or
 * dates that do not exist, unless `everyPageAnEvent`, a diagnosis of the fields apart from page recognition: the
 * first event, or the whole page read as one), with their confidences calibrated by `calibration` (null: the rules'
 * raw confidences, what `npm run ingest:calibrate` measures).
 * @param url the page's address, as ingestion gets it with the text (a title of last resort, never a fact)
 */
export function extractEvents(
  text: string,
  url: string | undefined,
  calibration: CalibrationTable | null | undefined,
  everyPageAnEvent = false,
): EventExtraction[] {
  const page = extractDocument(text, url, calibration);
  if (!everyPageAnEvent && whyNotAnEventPage(page)) return [];
  return page.events;
}

/**
 * Reads a page with the extractor (calibrated as ingestion is) and keeps, per event it describes, what would be
 * written as a fact: values whose confidence is at least `threshold` (the rest would go to an editor's review queue,
 * not into the graph).
 */
export function extractForScoring(
  text: string,
  threshold: number,
  everyPageAnEvent = false,
  url?: string,
): ScoredEvent[] {
  const keep: KeepRule = (_field, m) => m.confidence >= threshold;
  return extractEvents(text, url, undefined, everyPageAnEvent)
    .filter((event) => eventWritten(event, keep))
    .map((event) => ({ ...scoredEvent(event, keep), title: writtenTitle(event, keep) }));
}

/**
 * The title ingestion writes as the event's name: none for an event written untitled under a description
 * (ingest.untitled.ts: its title is inferred, or read below the threshold while its start date is sure), else the
 * title read.
 */
function writtenTitle(event: EventExtraction, keep: KeepRule): string | null {
  return isWrittenUntitled(event, (m) => keep(m === event.title ? 'title' : m === event.kind ? 'kind' : 'startDate', m))
    ? null
    : event.title.value;
}

/**
 * Whether ingestion writes the event at all (ingest.plan.ts, ingest.review.ts): when its title is read as a name at or
 * above the threshold (not inferred from the URL or from its kind and place), or its start date is; or, untitled,
 * when its kind and start date both are (ingest.untitled.ts: written under a description, so its title scores as
 * none). Otherwise the event and everything read about it are proposals, none of them written.
 */
export function eventWritten(event: EventExtraction, keep: KeepRule): boolean {
  if (isUntitledButDescribed(event, (m) => keep(m === event.kind ? 'kind' : 'startDate', m))) return true;
  return (
    !isInferredTitle(event.title) &&
    (keep('title', event.title) || (event.startDate !== undefined && keep('startDate', event.startDate)))
  );
}

/** One event reduced to the values `keep` lets through (a country only with its city), as the corpus scores them. */
export function scoredEvent(x: EventExtraction, keep: KeepRule): ScoredEvent {
  const sure = <T>(field: KeptField, m: Mention<T> | undefined): T | null => (m && keep(field, m) ? m.value : null);
  const names = (field: KeptField, ms: Array<Mention<string>>) => ms.filter((m) => keep(field, m)).map((m) => m.value);
  const kind = sure('kind', x.kind);
  const place = x.place && keep('city', x.place.city) ? x.place : undefined;
  return {
    title: sure('title', x.title),
    kind: kind ? kind.toLowerCase().replace(/_/g, ' ') : null,
    startDate: sure('startDate', x.startDate),
    endDate: sure('endDate', x.endDate),
    virtual: x.online,
    city: place?.city.value ?? null,
    country: place ? sure('country', place.country) : null,
    hosts: names('hosts', x.hosts),
    organisers: names('organisers', x.organisers),
    participants: names('participants', x.participants),
    workingGroups: names('workingGroups', x.workingGroups),
    publications: names('publications', x.publications),
    policyDocuments: names('policyDocuments', x.policyDocuments),
    countries: names('countries', x.countries),
    contacts: names('contacts', x.contacts),
  };
}
