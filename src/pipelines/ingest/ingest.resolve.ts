import { isGenericName } from '../../domain/generic-names';
import { EntityType } from '../../domain/entity-types';
import { endpointProblem, RelationshipType } from '../../domain/relationship-types';
import { namedCypher } from '../../db/cypher-files';
import { Executor } from '../../db/executor';
import { matchEvent } from './ingest.event-match';
import { CandidateEntity, CandidateRelation, Candidates } from './ingest.plan';
import { matchByName, resemblingNode, similarCitation } from './ingest.similar';
import { StoredNode, toStoredNode } from './ingest.stored-node';

export type { StoredNode } from './ingest.stored-node';

/** How an extracted entity was found in the graph. */
export type MatchKind =
  'id' | 'name' | 'acronym' | 'alternative name' | 'name tokens' | 'similar name and year' | 'url' | 'date and place';

/**
 * CREATE: new node; LINK: an existing node; MENTION: named in the text but in no relationship, so not written;
 * PROPOSE: new, but held back for review (ingest.review.ts): only proposals name it.
 */
export type EntityAction = 'CREATE' | 'LINK' | 'MENTION' | 'PROPOSE';

/**
 * Why an entity is for an editor to review, not a fact: a new name resembling a stored one (SIMILAR_NAME), a name or
 * acronym several stored nodes answer to (AMBIGUOUS_NAME), an event only partly agreeing with a stored one
 * (PARTIAL_MATCH). Values below FACT_THRESHOLD and values contradicting the graph are found in ingest.review.ts.
 */
export type ReviewReason =
  'BELOW_THRESHOLD' | 'SIMILAR_NAME' | 'AMBIGUOUS_NAME' | 'PARTIAL_MATCH' | 'CONTRADICTS_GRAPH';

/** What resolution could not settle about an entity. */
export interface ReviewFlag {
  reason: ReviewReason;
  /** In words, for the editor. */
  why: string;
  /** The stored node it resembles or may be. */
  similarTo?: { id: string; name: string };
}

/** A value of the page that differs from what the graph holds for a linked entity. */
export interface Contradiction {
  field: string;
  value: unknown;
  /** What the graph holds (null when it holds nothing). */
  stored: unknown;
}

/** A candidate with the outcome of resolution. */
export interface ResolvedEntity extends CandidateEntity {
  id: string;
  action: EntityAction;
  matchedBy?: MatchKind;
  /** Name of the existing node it was linked to. */
  existingName?: string;
  /** Set when resolution leaves it to an editor: nothing about it is written as a fact. */
  review?: ReviewFlag;
  /** For a linked event: the page's values that differ from the stored ones (proposed, never written). */
  contradictions?: Contradiction[];
}

/**
 * A relationship between resolved ids; EXISTS when the graph already has it (then nothing is written), PROPOSE when
 * it is held back for review.
 */
export interface ResolvedRelation extends CandidateRelation {
  from: string;
  to: string;
  action: 'CREATE' | 'EXISTS' | 'PROPOSE';
}

/** The plan an ingestion writes (or, in a dry run, only reports). */
export interface ResolvedPlan {
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
}

/** Event props compared with a linked event's stored ones. */
const COMPARED_EVENT_PROPS = ['startDate', 'endDate', 'kind', 'virtual'] as const;

/**
 * Entity resolution before writing: each candidate is linked to a node already in the graph when one matches, else
 * created. A non-event matches by the proposed id, then by name (matchByName: name, acronym, alternative name, the
 * same words; a name several nodes answer to picks none), then a shortened citation (similarCitation). The event
 * matches strictly (matchEvent: dates, title or kind, and the city must agree). What is left unsettled is flagged
 * for review (`review`): a new name resembling a stored one, an ambiguous name, an event agreeing only in part; a
 * linked event's differing values are listed (`contradictions`). Then every planned relationship is checked against
 * the graph. One read for the candidates, one for the relationships.
 */
export async function resolvePlan(
  executor: Executor,
  candidates: Candidates,
  sourceUrl: string,
): Promise<ResolvedPlan> {
  const event = candidates.entities.find((c) => c.type === 'Event');
  const rows = await executor.read(namedCypher('ingest.resolutionCandidates'), {
    ids: candidates.entities.map((c) => c.proposedId),
    labels: [...new Set(candidates.entities.map((c) => c.type).filter((t) => t !== 'Event'))],
    url: event?.props.url ?? sourceUrl,
    startDate: event?.props.startDate ?? null,
  });
  const stored = rows.map(toStoredNode).filter((n): n is StoredNode => n !== undefined);
  const inRelation = new Set(candidates.relations.flatMap((r) => [r.fromKey, r.toKey]));
  const resolved = new Map<string, ResolvedEntity>();
  const eventYear = typeof event?.props.startDate === 'string' ? Number(event.props.startDate.slice(0, 4)) : undefined;
  // Places and organisations first: the event is matched by its city's resolved id.
  for (const candidate of [...candidates.entities].sort(
    (a, b) => Number(a.type === 'Event') - Number(b.type === 'Event'),
  )) {
    if (candidate.type === 'Event') {
      resolved.set(candidate.key, resolveEvent(candidate, stored, cityIdOf(candidates, resolved)));
      continue;
    }
    // A name several nodes answer to picks none, even the one whose id its slug happens to be ("ETF" → org:etf).
    const byNameOnly = matchByName(candidate, stored);
    const byId = stored.find((node) => node.type === candidate.type && node.id === candidate.proposedId);
    const byName =
      byNameOnly && 'ambiguous' in byNameOnly ? byNameOnly : byId ? { node: byId, by: 'id' as MatchKind } : byNameOnly;
    // A generic name is only a guess at which body is meant, whichever way it matched (its slug is the id it matched).
    const generic = byName && 'node' in byName ? genericNameReview(candidate, byName.node) : undefined;
    const match =
      byName && 'node' in byName && !generic
        ? byName
        : byName || generic
          ? undefined
          : similarCitation(candidate, stored, eventYear);
    const action: EntityAction = !inRelation.has(candidate.key) ? 'MENTION' : match ? 'LINK' : 'CREATE';
    // A new node never takes the id of a node of another type (MERGE on the id would relabel that node).
    const taken = !match && stored.some((node) => node.id === candidate.proposedId);
    const id =
      match?.node.id ?? (taken ? `${candidate.proposedId}-${candidate.type.toLowerCase()}` : candidate.proposedId);
    const review = match ? undefined : (generic ?? reviewOfNew(candidate, byName, stored));
    resolved.set(candidate.key, {
      ...candidate,
      id,
      action,
      matchedBy: match?.by,
      existingName: match?.node.name,
      ...(review ? { review } : {}),
    });
  }
  const relations: ResolvedRelation[] = [];
  for (const relation of candidates.relations) {
    const from = resolved.get(relation.fromKey);
    const to = resolved.get(relation.toKey);
    if (
      !from ||
      !to ||
      from.id === to.id ||
      endpointProblem(relation.type, typeOfResolved(from, stored), typeOfResolved(to, stored))
    )
      continue;
    if (relations.some((r) => r.from === from.id && r.type === relation.type && r.to === to.id)) continue;
    relations.push({ ...relation, from: from.id, to: to.id, action: 'CREATE' });
  }
  const existing = await existingRelationships(executor, relations);
  for (const relation of relations)
    if (existing.has(relationKey(relation.from, relation.type, relation.to))) relation.action = 'EXISTS';
  return { entities: [...resolved.values()], relations };
}

/** The resolved id of the city the event is held in, when the page names one. */
function cityIdOf(candidates: Candidates, resolved: Map<string, ResolvedEntity>): string | undefined {
  const city = candidates.relations.find((r) => r.type === 'HELD_IN' && resolved.get(r.toKey)?.role === 'city');
  return city && resolved.get(city.toKey)?.id;
}

/**
 * The page's event resolved: linked when matchEvent finds the same event (with the page's values that contradict
 * the stored ones), linked for review when it is the same page with other values, else new (for review when a stored
 * event agrees in part). An event is never only mentioned: it is what the page is about.
 */
function resolveEvent(candidate: CandidateEntity, stored: StoredNode[], cityId: string | undefined): ResolvedEntity {
  const match = matchEvent(candidate, stored, cityId);
  if (!match) {
    const taken = stored.some((node) => node.id === candidate.proposedId);
    return { ...candidate, id: taken ? `${candidate.proposedId}-event` : candidate.proposedId, action: 'CREATE' };
  }
  const { node } = match;
  const similarTo = { id: node.id, name: node.name };
  if (match.kind === 'same') {
    const contradictions = differences(candidate, node).filter((c) => c.stored !== null);
    return {
      ...candidate,
      id: node.id,
      action: 'LINK',
      matchedBy: match.by,
      existingName: node.name,
      ...(contradictions.length ? { contradictions } : {}),
    };
  }
  const review: ReviewFlag = { reason: 'PARTIAL_MATCH', why: match.why, similarTo };
  if (match.samePage)
    return {
      ...candidate,
      id: node.id,
      action: 'LINK',
      existingName: node.name,
      review,
      contradictions: differences(candidate, node),
    };
  const taken = stored.some((other) => other.id === candidate.proposedId);
  return { ...candidate, id: taken ? `${candidate.proposedId}-event` : candidate.proposedId, action: 'CREATE', review };
}

/** The page's event values that differ from the stored event's (a stored null differs from any value). */
function differences(candidate: CandidateEntity, node: StoredNode): Contradiction[] {
  const found: Contradiction[] = [];
  for (const field of COMPARED_EVENT_PROPS) {
    const value = candidate.props[field];
    const current = node[field] ?? null;
    if (value !== undefined && value !== current) found.push({ field, value, stored: current });
  }
  return found;
}

/**
 * The review of an organisation found by a generic name only ({@link isGenericName}: "Ministry of National
 * Education", no acronym): such a name says what kind of body it is, not which one, so whether the page means the
 * stored one is for an editor (the bulk pages name three countries' ministries so). Undefined for any other match.
 */
function genericNameReview(candidate: CandidateEntity, node: StoredNode): ReviewFlag | undefined {
  if (candidate.type !== 'Organisation' || candidate.props.acronym || !isGenericName(candidate.name)) return undefined;
  return {
    reason: 'AMBIGUOUS_NAME',
    why: `a generic name, which says what kind of body it is, not which one: it may or may not be "${node.name}"`,
    similarTo: { id: node.id, name: node.name },
  };
}

/**
 * Why a new entity needs review: its name is ambiguous among stored nodes, is a generic organisation name, or
 * resembles a stored one; undefined when it needs none.
 */
function reviewOfNew(
  candidate: CandidateEntity,
  byName: ReturnType<typeof matchByName>,
  stored: StoredNode[],
): ReviewFlag | undefined {
  if (byName && 'ambiguous' in byName) {
    const [first] = byName.ambiguous;
    const names = byName.ambiguous.map((node) => node.name).join('", "');
    return {
      reason: 'AMBIGUOUS_NAME',
      why: `its ${byName.by} names ${byName.ambiguous.length} stored entities: "${names}"`,
      similarTo: { id: first.id, name: first.name },
    };
  }
  // A new body known only by a generic name ("Education Ministry", no acronym): which country's is for an editor,
  // else the next page's ministry of another country would be linked to this one (see genericNameReview).
  if (candidate.type === 'Organisation' && !candidate.props.acronym && isGenericName(candidate.name))
    return {
      reason: 'AMBIGUOUS_NAME',
      why: 'a generic name, which says what kind of body it is, not which one: an editor names the body',
    };
  const similar = resemblingNode(candidate, stored);
  return (
    similar && {
      reason: 'SIMILAR_NAME',
      why: `a new name resembling "${similar.name}"`,
      similarTo: { id: similar.id, name: similar.name },
    }
  );
}

function typeOfResolved(entity: ResolvedEntity, stored: StoredNode[]): EntityType {
  return stored.find((node) => node.id === entity.id)?.type ?? entity.type;
}

async function existingRelationships(executor: Executor, relations: ResolvedRelation[]): Promise<Set<string>> {
  if (!relations.length) return new Set();
  const pairs = relations.map((r) => ({ from: r.from, type: r.type, to: r.to }));
  const rows = await executor.read(namedCypher('ingest.existingRelationships'), { pairs });
  return new Set(
    rows.map((row) => relationKey(String(row.from), String(row.type) as RelationshipType, String(row.to))),
  );
}

function relationKey(from: string, type: RelationshipType, to: string): string {
  return `${from}|${type}|${to}`;
}
