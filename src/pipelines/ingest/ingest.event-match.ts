import { foldText } from '../../domain/text-folding';
import type { CandidateEntity } from './ingest.plan';
import { stripArticle } from './ingest.plan';
import type { StoredNode } from './ingest.resolve';

/** How a page's event stands to an event already in the graph. */
export type EventMatch =
  /** The same event: linked. `by` says what vouched for it. */
  | { kind: 'same'; node: StoredNode; by: 'id' | 'url' | 'date and place' }
  /**
   * Partly the same (the same page or title but other dates, or the same dates without the title or the city to
   * confirm it): nothing of the page is written on it as a fact; everything becomes a proposal.
   * `samePage`: the same URL or id, so the page's differing values are proposed as changes of that event.
   */
  | { kind: 'partial'; node: StoredNode; samePage: boolean; why: string };

/**
 * Strict event resolution (issue 11, item 4: a page whose city was dropped was linked "by date and place", the
 * country only, to another event, and its host attached to it). A page's event is the same as a stored one only when
 * - the dates agree (the same start, and the same end, a one-day event ending on its start day), and
 * - the title agrees (the same id, the same folded name or the same significant words; for an event written untitled,
 *   the title its page gave), or the kind agrees and the page names a city the stored event was held in, and
 * - when the page names a city, the stored event was held there (or has no place recorded and the title agrees).
 * Otherwise an event with the same URL or id, or the same start date (unless it differs in title, kind and city
 * alike: another event that day), is a partial match. The kind alone never confirms an event
 * without the city: many events of one kind share a day and a country.
 * @param venueIds the resolved ids of the page event's HELD_IN targets (city first)
 * @param cityId the resolved id of the city the page names, when it names one
 */
export function matchEvent(
  candidate: CandidateEntity,
  stored: StoredNode[],
  cityId: string | undefined,
): EventMatch | undefined {
  const events = stored.filter((node) => node.type === 'Event');
  let partial: EventMatch | undefined;
  for (const node of events) {
    const samePage =
      node.id === candidate.proposedId || (candidate.props.url !== undefined && node.url === candidate.props.url);
    const dates = datesAgree(candidate, node);
    // An event written untitled (ingest.untitled.ts) still agrees by the title its page gave, however unsure.
    const title =
      node.id === candidate.proposedId ||
      sameTitle(candidate.name, node.name) ||
      (candidate.titleRead !== undefined && sameTitle(candidate.titleRead.value, node.name));
    const kind = typeof candidate.props.kind === 'string' && candidate.props.kind === node.kind;
    const cityHeld = cityId !== undefined && node.heldIn.includes(cityId);
    const cityOk = cityId === undefined || cityHeld || (title && node.heldIn.length === 0);
    if (dates && cityOk && (title || (kind && cityHeld))) {
      return { kind: 'same', node, by: node.id === candidate.proposedId ? 'id' : samePage ? 'url' : 'date and place' };
    }
    const otherCity = cityId !== undefined && node.heldIn.length > 0 && !cityHeld;
    if (partial?.kind === 'partial' && partial.samePage) continue;
    if (samePage)
      partial = {
        kind: 'partial',
        node,
        samePage,
        why: dates ? 'the same page, but its city differs' : 'the same page or title, but other dates',
      };
    else if (node.startDate === candidate.props.startDate && !(otherCity && !title && !kind)) {
      const why = !dates
        ? 'the same start date, but another end'
        : cityId === undefined
          ? 'the same dates, but the page names no city to confirm it'
          : 'the same dates, but not the same title';
      partial ??= { kind: 'partial', node, samePage: false, why };
    }
  }
  return partial;
}

/** True when both have a start date and the same start and end (a missing end is the start day). */
function datesAgree(candidate: CandidateEntity, node: StoredNode): boolean {
  const start = typeof candidate.props.startDate === 'string' ? candidate.props.startDate : undefined;
  if (!start || !node.startDate || start !== node.startDate) return false;
  const end = typeof candidate.props.endDate === 'string' ? candidate.props.endDate : start;
  return end === (node.endDate ?? node.startDate);
}

/**
 * The same name, folded, without a leading article and without a year ("European Vocational Skills Week" = "European
 * Vocational Skills Week 2019": the dates are compared on their own); or the same significant words (at least three)
 * in any order.
 */
export function sameTitle(a: string, b: string): boolean {
  const withoutYear = (name: string) =>
    stripArticle(foldText(name))
      .replace(/\b(?:19|20)\d{2}\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const fa = withoutYear(a);
  const fb = withoutYear(b);
  if (fa === fb) return true;
  const wa = words(fa);
  const wb = words(fb);
  return wa.size >= 3 && wa.size === wb.size && [...wa].every((w) => wb.has(w));
}

function words(folded: string): Set<string> {
  return new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}
