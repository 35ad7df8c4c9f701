import { Executor } from '../../db/executor';
import { BadUserInputError } from '../../errors/api-errors';
import { EventExtraction, PageExtraction } from './ingest.model';
import { Candidates, planCandidates } from './ingest.plan';
import { ResolvedEntity, ResolvedPlan, ResolvedRelation, resolvePlan } from './ingest.resolve';

/** The resolved plans of a page's events and the whole page's plan to write. */
export interface PagePlan {
  /** One resolved plan per event that could be planned, in page order. */
  events: Array<{ extraction: EventExtraction; plan: ResolvedPlan }>;
  /** Every event's plan in one: an entity or relationship named by two events appears once. */
  merged: ResolvedPlan;
  /** Values and events left out because they cannot be stored, naming the field. */
  warnings: string[];
}

/**
 * Plans and resolves every event of a page (issue 11, item 5: a listing page gives each event it describes), one after
 * the other against the graph as it is before the page is written. Two events of the page that would get the same id
 * (the same title in the same year) are told apart by their start date. An event whose own name cannot be stored is
 * left out with a warning, unless no event is left.
 * @param extractions the page's events (or the whole page read as one, for the dry run of a refused page)
 * @throws BadUserInputError naming the field, when no event of the page can be stored (field case F10)
 */
export async function planPageEvents(
  executor: Executor,
  page: PageExtraction,
  extractions: EventExtraction[],
  sourceUrl: string,
): Promise<PagePlan> {
  const planned: Array<{ extraction: EventExtraction; candidates: Candidates }> = [];
  const warnings: string[] = [];
  let firstError: BadUserInputError | undefined;
  for (const [index, extraction] of extractions.entries()) {
    try {
      planned.push({ extraction, candidates: planCandidates(extraction, page, sourceUrl) });
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      firstError ??= error;
      warnings.push(
        ...error.fields.map((f) => `event ${index + 1} of ${extractions.length} left out: ${f.field} ${f.reason}`),
      );
    }
  }
  if (!planned.length && firstError) throw firstError;
  distinctEventIds(planned.map((p) => p.candidates));
  const events: PagePlan['events'] = [];
  for (const { extraction, candidates } of planned) {
    warnings.push(...(candidates.warnings ?? []));
    events.push({ extraction, plan: await resolvePlan(executor, candidates, sourceUrl) });
  }
  return { events, merged: mergePlans(events.map((e) => e.plan)), warnings };
}

/**
 * Gives the second and later events with an id already proposed on the page an id with their start date (or number).
 */
function distinctEventIds(sets: Candidates[]): void {
  const used = new Set<string>();
  for (const [index, set] of sets.entries()) {
    const event = set.entities.find((e) => e.type === 'Event');
    if (!event) continue;
    if (used.has(event.proposedId)) {
      const start = typeof event.props.startDate === 'string' ? event.props.startDate : undefined;
      const base =
        start && !event.proposedId.endsWith(start)
          ? `${event.proposedId.replace(/-\d{4}$/, '')}-${start}`
          : event.proposedId;
      event.proposedId = used.has(base) ? `${base}-${index + 1}` : base;
    }
    used.add(event.proposedId);
  }
}

/** The plans of a page as one: entities by id (first seen wins), relationships by (from, type, to). */
function mergePlans(plans: ResolvedPlan[]): ResolvedPlan {
  const entities = new Map<string, ResolvedEntity>();
  const relations = new Map<string, ResolvedRelation>();
  for (const plan of plans) {
    for (const entity of plan.entities) {
      const seen = entities.get(entity.id);
      // An entity only mentioned by one event but related by another is written.
      if (!seen || (seen.action === 'MENTION' && entity.action !== 'MENTION')) entities.set(entity.id, entity);
    }
    for (const relation of plan.relations) {
      const key = `${relation.from}|${relation.type}|${relation.to}`;
      if (!relations.has(key)) relations.set(key, relation);
    }
  }
  return { entities: [...entities.values()], relations: [...relations.values()] };
}
