import { isCalendarDate } from '../../src/domain/calendar-date';
import { EventFacts, forEachReviewRecord, PageFacts } from './page-facts';
import { nameKey } from './registry';

/** A person a page presents in a public role, as the second-pass editor read it (facts only). */
export interface PersonFacts {
  name: string;
  role: string | null;
  organisation: string | null;
}

/** A first-review value that a second editor found wrong by the page: left empty, listed for a human. */
export interface CorrectionNote {
  url: string;
  event: string;
  field: string;
  firstReview: unknown;
  why: string;
}

/** The event fields a second pass may fill where the first review left them empty, and may flag as wrong. */
const FILLABLE = ['city', 'country', 'startDate', 'endDate', 'year', 'virtual'] as const;
type Fillable = (typeof FILLABLE)[number];

const text = (value: unknown, max = 120): string | null =>
  typeof value === 'string' && value.trim() !== '' && value.trim().length <= max ? value.trim().normalize('NFC') : null;

/**
 * True for a value the field may hold: an ISO country code, a calendar date, a plausible year, true or false for
 * `virtual`, a short city name.
 */
function valid(field: Fillable, value: unknown): boolean {
  if (field === 'virtual') return typeof value === 'boolean';
  if (field === 'country') return typeof value === 'string' && /^[A-Z]{2}$/.test(value);
  if (field === 'startDate' || field === 'endDate') return typeof value === 'string' && isCalendarDate(value);
  if (field === 'year') return typeof value === 'number' && Number.isInteger(value) && value >= 1975 && value <= 2030;
  return text(value, 80) !== null;
}

/**
 * Reads the second editorial pass (`data/review/people-*.jsonl`, one page a line: the people a page presents in a
 * public role, the gaps in its events that the page fills, and first-review values it contradicts) and the pass that
 * looked again for the places of events without one (`data/review/places-*.jsonl`: gaps only) and applies them to
 * `pages`: people are added to their page; a fix fills a field of the page's event of that title only where the
 * first review left it empty; a correction empties the field (two editors disagree: it is no fact) and is returned as
 * a note. Returns the notes.
 * @throws SyntaxError naming the file and line when a line is not JSON
 */
export function applySecondPass(pages: PageFacts[], reviewDir: string): CorrectionNote[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const notes: CorrectionNote[] = [];
  forEachReviewRecord(reviewDir, /^(people|places)-.*\.jsonl$/, (record) => {
    const page = byUrl.get(String(record.url));
    if (!page) return;
    // places-*.jsonl records hold only eventFixes: the pass that looked again for the places of placeless events.
    if (Array.isArray(record.people))
      page.people = record.people
        .map((p: Record<string, unknown>) => ({
          name: text(p?.name, 80),
          role: text(p?.role),
          organisation: text(p?.organisation),
        }))
        .filter((p): p is PersonFacts => p.name !== null);
    for (const fix of Array.isArray(record.eventFixes) ? record.eventFixes : []) {
      const event = eventTitled(page, fix?.event);
      if (!event) continue;
      for (const field of FILLABLE)
        if ((event[field] === null || event[field] === undefined) && valid(field, fix[field]))
          (event as Record<string, unknown>)[field] = fix[field];
    }
    for (const correction of Array.isArray(record.corrections) ? record.corrections : []) {
      const event = eventTitled(page, correction?.event);
      const field = correction?.field as Fillable;
      if (!event || !FILLABLE.includes(field) || event[field] === null) continue;
      notes.push({
        url: page.url,
        event: String(event.title),
        field,
        firstReview: event[field],
        why: text(correction.why) ?? '',
      });
      (event as Record<string, unknown>)[field] = null;
      if (field === 'startDate') event.endDate = null;
    }
  });
  return notes;
}

/** The page's event the editor named by its first-review title (exactly, else folded; no title: the page's one event). */
function eventTitled(page: PageFacts, title: unknown): EventFacts | undefined {
  if (title === null && page.events.length === 1) return page.events[0];
  if (typeof title !== 'string') return undefined;
  return (
    page.events.find((e) => e.title === title) ??
    page.events.find((e) => e.title !== null && nameKey(e.title) === nameKey(title))
  );
}
