import { EntityType, isEntityType } from '../../domain/entity-types';
import { endpointProblem, RelationshipType } from '../../domain/relationship-types';
import { foldText } from '../../domain/text-folding';
import { namedCypher } from '../../db/cypher-files';
import { Executor } from '../../db/executor';
import { CandidateEntity, CandidateRelation, Candidates, stripArticle } from './ingest.plan';

/** How an extracted entity was found in the graph. */
export type MatchKind = 'id' | 'name' | 'acronym' | 'alternative name' | 'name tokens' | 'similar name and year' | 'url' | 'date and place';

/** CREATE: new node; LINK: an existing node; MENTION: named in the text but in no relationship, so not written. */
export type EntityAction = 'CREATE' | 'LINK' | 'MENTION';

/** A candidate with the outcome of resolution. */
export interface ResolvedEntity extends CandidateEntity {
  id: string;
  action: EntityAction;
  matchedBy?: MatchKind;
  /** Name of the existing node it was linked to. */
  existingName?: string;
}

/** A relationship between resolved ids; EXISTS when the graph already has it (then nothing is written). */
export interface ResolvedRelation extends CandidateRelation {
  from: string;
  to: string;
  action: 'CREATE' | 'EXISTS';
}

/** The plan an ingestion writes (or, in a dry run, only reports). */
export interface ResolvedPlan {
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
}

interface StoredNode {
  id: string;
  type: EntityType;
  name: string;
  keys: string[];
  acronym?: string;
  startDate?: string;
  url?: string;
  heldIn: string[];
  /** Year of a policy document or publication; years a working group ran (either may be missing). */
  year?: number;
  startYear?: number;
  endYear?: number;
}

/** Types whose citations are often shortened ("Osnabrück Declaration (2020)"), matched by similar name and year. */
const CITED_TYPES = new Set<EntityType>(['PolicyDocument', 'Publication', 'WorkingGroup']);
/** Share of a citation's significant words that the stored name must contain. */
const MIN_WORD_COVERAGE = 0.8;

/** Words that do not distinguish names ("of", "the", "de"...), left out of token comparison. */
const STOPWORDS = new Set(['the', 'of', 'on', 'for', 'in', 'and', 'a', 'an', 'to', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'der', 'die', 'das', 'und', 'fur', 'zur', 'zum']);

/**
 * Entity resolution before writing: each candidate is linked to a node already in the graph when one matches, else
 * created. A match is, in this order: the proposed id; the name, acronym or an alternative name, folded (case and
 * accents ignored, a leading article dropped: "the Forem" = "Le Forem" = org:forem); the same significant words in
 * any order ("... of VET trainers" = "... of trainers in VET"); for the event, the same URL, or the same start date
 * and venue. Then every planned relationship is checked against the graph. One read for the candidates, one for the
 * relationships.
 */
export async function resolvePlan(executor: Executor, candidates: Candidates, sourceUrl: string): Promise<ResolvedPlan> {
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
  // Places and organisations first: the event is matched by its venue's resolved id.
  for (const candidate of [...candidates.entities].sort((a, b) => Number(a.type === 'Event') - Number(b.type === 'Event'))) {
    const venueIds = candidate.type === 'Event' ? candidates.relations.filter((r) => r.type === 'HELD_IN').map((r) => resolved.get(r.toKey)?.id).filter(Boolean) as string[] : [];
    const match = matchOf(candidate, stored, venueIds) ?? similarCitation(candidate, stored, eventYear);
    const action: EntityAction = !inRelation.has(candidate.key) ? 'MENTION' : match ? 'LINK' : 'CREATE';
    // A new node never takes the id of a node of another type (MERGE on the id would relabel that node).
    const taken = !match && stored.some((node) => node.id === candidate.proposedId);
    const id = match?.node.id ?? (taken ? `${candidate.proposedId}-${candidate.type.toLowerCase()}` : candidate.proposedId);
    resolved.set(candidate.key, { ...candidate, id, action, matchedBy: match?.by, existingName: match?.node.name });
  }
  const relations: ResolvedRelation[] = [];
  for (const relation of candidates.relations) {
    const from = resolved.get(relation.fromKey);
    const to = resolved.get(relation.toKey);
    if (!from || !to || from.id === to.id || endpointProblem(relation.type, typeOfResolved(from, stored), typeOfResolved(to, stored))) continue;
    if (relations.some((r) => r.from === from.id && r.type === relation.type && r.to === to.id)) continue;
    relations.push({ ...relation, from: from.id, to: to.id, action: 'CREATE' });
  }
  const existing = await existingRelationships(executor, relations);
  for (const relation of relations) if (existing.has(relationKey(relation.from, relation.type, relation.to))) relation.action = 'EXISTS';
  return { entities: [...resolved.values()], relations };
}

function matchOf(candidate: CandidateEntity, stored: StoredNode[], venueIds: string[]): { node: StoredNode; by: MatchKind } | undefined {
  const sameType = stored.filter((node) => node.type === candidate.type);
  const byId = sameType.find((node) => node.id === candidate.proposedId);
  if (byId) return { node: byId, by: 'id' };
  if (candidate.type === 'Event') {
    const url = candidate.props.url;
    const byUrl = url ? sameType.find((node) => node.url === url) : undefined;
    if (byUrl) return { node: byUrl, by: 'url' };
    const start = candidate.props.startDate;
    const byDate = start ? sameType.find((node) => node.startDate === start && node.heldIn.some((id) => venueIds.includes(id))) : undefined;
    return byDate ? { node: byDate, by: 'date and place' } : undefined;
  }
  const name = stripArticle(foldText(candidate.name));
  for (const node of sameType) {
    if (node.keys.some((key) => stripArticle(key) === name)) {
      const by: MatchKind = stripArticle(foldText(node.name)) === name ? 'name' : node.acronym && foldText(node.acronym) === name ? 'acronym' : 'alternative name';
      return { node, by };
    }
  }
  const acronym = typeof candidate.props.acronym === 'string' ? foldText(candidate.props.acronym) : undefined;
  const byAcronym = acronym ? sameType.find((node) => node.acronym && foldText(node.acronym) === acronym) : undefined;
  if (byAcronym) return { node: byAcronym, by: 'acronym' };
  const tokens = significantTokens(name);
  if (tokens.size >= 3) {
    const byTokens = sameType.find((node) => sameSet(significantTokens(foldText(node.name)), tokens));
    if (byTokens) return { node: byTokens, by: 'name tokens' };
  }
  return undefined;
}

/**
 * A policy document, publication or working group cited under a shortened or reworded name: the stored node whose
 * name holds at least MIN_WORD_COVERAGE of the citation's significant words (four-digit years aside), of at least two
 * words ("Osnabrück Declaration" → "Osnabrück Declaration on vocational education and training as an enabler of ...";
 * "Council Recommendation on validation of non-formal and informal learning" → "Council Recommendation of 20 December
 * 2012 on the validation of ..."), whose year agrees: the cited year for a document, the event's year within the years
 * a working group ran. Among equally good names, only a node whose years are known to agree is taken; otherwise
 * nothing matches and the citation is created, as before (the ingestion audit found such duplicates).
 */
function similarCitation(candidate: CandidateEntity, stored: StoredNode[], eventYear: number | undefined): { node: StoredNode; by: MatchKind } | undefined {
  if (!CITED_TYPES.has(candidate.type)) return undefined;
  const words = withoutYears(significantTokens(stripArticle(foldText(candidate.name))));
  if (words.size < 2) return undefined;
  const scored = stored
    .filter((node) => node.type === candidate.type)
    .map((node) => {
      const nodeWords = withoutYears(significantTokens(foldText(node.name)));
      return { node, coverage: [...words].filter((word) => nodeWords.has(word)).length / words.size };
    })
    .filter((entry) => entry.coverage >= MIN_WORD_COVERAGE);
  const best = Math.max(...scored.map((entry) => entry.coverage));
  const top = scored.filter((entry) => entry.coverage === best).map((entry) => ({ node: entry.node, years: yearsAgree(candidate, entry.node, eventYear) }));
  const possible = top.filter((entry) => entry.years !== false);
  const known = possible.filter((entry) => entry.years === true);
  const chosen = known.length === 1 ? known[0] : top.length === 1 && possible.length === 1 ? possible[0] : undefined;
  return chosen && { node: chosen.node, by: 'similar name and year' };
}

/** True when the years agree, false when they contradict, undefined when one side does not say. */
function yearsAgree(candidate: CandidateEntity, node: StoredNode, eventYear: number | undefined): boolean | undefined {
  if (candidate.type === 'WorkingGroup') {
    if (eventYear === undefined || (node.startYear === undefined && node.endYear === undefined)) return undefined;
    return (node.startYear ?? -Infinity) <= eventYear && eventYear <= (node.endYear ?? Infinity);
  }
  const cited = typeof candidate.props.year === 'number' ? candidate.props.year : undefined;
  if (cited === undefined || node.year === undefined) return undefined;
  return cited === node.year;
}

function withoutYears(words: Set<string>): Set<string> {
  return new Set([...words].filter((word) => !/^\d{4}$/.test(word)));
}

function significantTokens(folded: string): Set<string> {
  return new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word && !STOPWORDS.has(word)));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

function typeOfResolved(entity: ResolvedEntity, stored: StoredNode[]): EntityType {
  return stored.find((node) => node.id === entity.id)?.type ?? entity.type;
}

async function existingRelationships(executor: Executor, relations: ResolvedRelation[]): Promise<Set<string>> {
  if (!relations.length) return new Set();
  const pairs = relations.map((r) => ({ from: r.from, type: r.type, to: r.to }));
  const rows = await executor.read(namedCypher('ingest.existingRelationships'), { pairs });
  return new Set(rows.map((row) => relationKey(String(row.from), String(row.type) as RelationshipType, String(row.to))));
}

function relationKey(from: string, type: RelationshipType, to: string): string {
  return `${from}|${type}|${to}`;
}

function toStoredNode(row: Record<string, unknown>): StoredNode | undefined {
  const type = (row.labels as string[]).find(isEntityType);
  if (!type) return undefined;
  return {
    id: String(row.id),
    type,
    name: String(row.name ?? row.id),
    keys: typeof row.searchKey === 'string' ? row.searchKey.split(' | ') : [foldText(String(row.name ?? ''))],
    acronym: typeof row.acronym === 'string' ? row.acronym : undefined,
    startDate: typeof row.startDate === 'string' ? row.startDate : undefined,
    url: typeof row.url === 'string' ? row.url : undefined,
    heldIn: Array.isArray(row.heldIn) ? row.heldIn.map(String) : [],
    year: typeof row.year === 'number' ? row.year : undefined,
    startYear: typeof row.startYear === 'number' ? row.startYear : undefined,
    endYear: typeof row.endYear === 'number' ? row.endYear : undefined,
  };
}
