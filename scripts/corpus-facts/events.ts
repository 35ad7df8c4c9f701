import { nameKey, Registry, VetEntity } from './registry';
import { EventFacts } from './page-facts';

const STOP_WORDS = new Set([
  'the',
  'of',
  'and',
  'in',
  'on',
  'for',
  'to',
  'a',
  'an',
  'de',
  'la',
  'le',
  'et',
  'des',
  'du',
  'der',
  'die',
  'und',
  'für',
  'fur',
  'di',
  'e',
  'y',
  'el',
  'en',
]);

/** The content words of a title, folded. */
function words(title: string): Set<string> {
  return new Set(
    nameKey(title)
      .split(' ')
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w)),
  );
}

/** Overlap of two titles' content words: shared words over the smaller set (1 when one title holds the other). */
export function titleOverlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

/** The year of an event record: its start date's, else its `year`. */
export function yearOf(facts: { startDate?: unknown; year?: unknown }): number | undefined {
  if (typeof facts.startDate === 'string') return Number(facts.startDate.slice(0, 4));
  return typeof facts.year === 'number' ? facts.year : undefined;
}

/**
 * The year an event's own name states ("EuroSkills Lisboa 2010", "2022 ReferNet partnership forum"): the one
 * four-digit year from 1995 to `latest` in it; none when it names several ("2015-2020") or a future one ("2030 on the
 * horizon" is about 2030, not held then).
 */
export function yearInTitle(title: string | null, latest = new Date().getUTCFullYear()): number | undefined {
  const years = [...(title ?? '').matchAll(/(?<![\d/.-])(19|20)\d\d(?![\d/.-])/g)].map((m) => Number(m[0]));
  return years.length === 1 && years[0] >= 1995 && years[0] <= latest ? years[0] : undefined;
}

/** A title without its years and ordinal-free of case and accents: "EuroSkills Gdansk 2023" = "EuroSkills Gdańsk". */
export function bareTitle(title: string): string {
  return nameKey(title)
    .replace(/\b(19|20)\d\d\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Days between two ISO dates (absolute). */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Pages that name the same event may disagree on its dates by this many days (EuroSkills Gdańsk 2023: 5 or 6 September). */
const SAME_NAME_DATE_SLACK_DAYS = 3;

/**
 * Finds the known event a page's event is. With no year on the page's side: the one known event of exactly that
 * name (an annual series' name names several, so none). Otherwise, among the known events of that year: the same
 * start date and a title sharing at least half its content words or the same city; the same name (years aside) with
 * start dates at most {@link SAME_NAME_DATE_SLACK_DAYS} apart or missing on one side (several pages about "European
 * Vocational Skills Week 2018" are one event, a committee meeting held twice that year with other dates is two); with
 * no start date on either side, a title sharing 80 % of its words. When several match, the one of the same name is
 * taken if it is the only one. Returns undefined when no event or several events match (never a guess between two:
 * issue 11, "resolution that never touches the wrong entity").
 * @param placeOf the place id each known event is held in, if any
 */
export function matchEvent(
  registry: Registry,
  facts: EventFacts,
  cityId: string | undefined,
  placeOf: Map<string, string>,
): string | undefined {
  const year = yearOf(facts);
  if (year === undefined) {
    const key = facts.title ? nameKey(facts.title) : '';
    const named = registry.all().filter((e) => e.type === 'Event' && key !== '' && nameKey(e.name) === key);
    return named.length === 1 ? named[0].id : undefined;
  }
  const matches = registry
    .all()
    .filter((e) => e.type === 'Event' && yearOf(e.props) === year && isSame(e, facts, cityId, placeOf));
  if (matches.length === 1) return matches[0].id;
  const bare = facts.title ? bareTitle(facts.title) : '';
  const named = matches.filter((e) => bare !== '' && bareTitle(e.name) === bare);
  return named.length === 1 ? named[0].id : undefined;
}

function isSame(
  event: VetEntity,
  facts: EventFacts,
  cityId: string | undefined,
  placeOf: Map<string, string>,
): boolean {
  const overlap = facts.title ? titleOverlap(event.name, facts.title) : 0;
  const sameName =
    facts.title !== null && bareTitle(facts.title) !== '' && bareTitle(facts.title) === bareTitle(event.name);
  const known = typeof event.props.startDate === 'string' ? event.props.startDate : undefined;
  if (facts.startDate && known) {
    if (known !== facts.startDate) return sameName && daysApart(known, facts.startDate) <= SAME_NAME_DATE_SLACK_DAYS;
    const sameCity = cityId !== undefined && placeOf.get(event.id) === cityId;
    return overlap >= 0.5 || sameCity;
  }
  return sameName || (!facts.startDate && !known && overlap >= 0.8);
}

const KINDS: Record<string, string> = {
  conference: 'CONFERENCE',
  'peer learning activity': 'PEER_LEARNING_ACTIVITY',
  'policy learning forum': 'POLICY_LEARNING_FORUM',
  meeting: 'MEETING',
  workshop: 'WORKSHOP',
  webinar: 'WEBINAR',
  seminar: 'SEMINAR',
  forum: 'FORUM',
  plenary: 'PLENARY',
};

/** The EventKind of an editor's kind word ("peer learning activity" → PEER_LEARNING_ACTIVITY); "other" has none. */
export function eventKindOf(word: string | null): string | undefined {
  return word ? KINDS[word.toLowerCase().trim()] : undefined;
}

/**
 * Gives an event this export created the dates, kind and virtual flag a later page states and it lacks (the first
 * page may give only the year); a bundled event's props are never changed.
 */
export function fillGaps(event: VetEntity, facts: EventFacts): void {
  const props = event.props;
  if (!props.startDate && facts.startDate) {
    props.startDate = facts.startDate;
    props.endDate = facts.endDate ?? facts.startDate;
    delete props.year;
  }
  const kind = eventKindOf(facts.eventKind);
  if (!props.kind && kind) props.kind = kind;
  if (props.virtual === undefined && facts.virtual !== null) props.virtual = facts.virtual;
  if (!props.startDate && !props.year && typeof facts.year === 'number') props.year = facts.year;
}
