import { EntityType } from '../../domain/entity-types';
import { foldText } from '../../domain/text-folding';
import { CandidateEntity, stripArticle } from './ingest.plan';
import type { MatchKind } from './ingest.resolve';
import { StoredNode } from './ingest.stored-node';

/** Types whose citations are often shortened ("Osnabrück Declaration (2020)"), matched by similar name and year. */
const CITED_TYPES = new Set<EntityType>(['PolicyDocument', 'Publication', 'WorkingGroup']);
/** Share of a citation's significant words that the stored name must contain. */
const MIN_WORD_COVERAGE = 0.8;

/** Words that do not distinguish names ("of", "the", "de"...), left out of token comparison. */
const STOPWORDS = new Set([
  'the',
  'of',
  'on',
  'for',
  'in',
  'and',
  'a',
  'an',
  'to',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'der',
  'die',
  'das',
  'und',
  'fur',
  'zur',
  'zum',
]);

/**
 * A policy document, publication or working group cited under a shortened or reworded name: the stored node whose
 * name holds at least MIN_WORD_COVERAGE of the citation's significant words (four-digit years aside), of at least two
 * words ("Osnabrück Declaration" → "Osnabrück Declaration on vocational education and training as an enabler of
 * ...";
 * "Council Recommendation on validation of non-formal and informal learning" → "Council Recommendation of 20 December
 * 2012 on the validation of ..."), whose year agrees: the cited year for a document, the event's year within the years
 * a working group ran. Among equally good names, only a node whose years are known to agree is taken; otherwise
 * nothing matches and the citation is created, as before (the ingestion audit found such duplicates).
 */
export function similarCitation(
  candidate: CandidateEntity,
  stored: StoredNode[],
  eventYear: number | undefined,
): { node: StoredNode; by: MatchKind } | undefined {
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
  const top = scored
    .filter((entry) => entry.coverage === best)
    .map((entry) => ({ node: entry.node, years: yearsAgree(candidate, entry.node, eventYear) }));
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

/** How a name was found among the stored nodes of its type: one node, or several that it names equally well. */
export type NameMatch = { node: StoredNode; by: MatchKind } | { ambiguous: StoredNode[]; by: MatchKind };

/**
 * The stored node of the candidate's type that the candidate names: the name, acronym or an alternative name, folded
 * (case and accents ignored, a leading article dropped: "the Forem" = "Le Forem" = org:forem), then the acronym given
 * in brackets, then the same significant words in any order ("... of VET trainers" = "... of trainers in VET").
 * A full name that two nodes share as a key, or an acronym two organisations share, picks neither (issue 11, item 4:
 * an acronym alone never picks between two organisations): `ambiguous`, for an editor to decide.
 */
export function matchByName(candidate: CandidateEntity, stored: StoredNode[]): NameMatch | undefined {
  const sameType = stored.filter((node) => node.type === candidate.type);
  const name = stripArticle(foldText(candidate.name));
  const byKey = sameType.filter((node) => node.keys.some((key) => stripArticle(key) === name));
  const byName = byKey.filter((node) => stripArticle(foldText(node.name)) === name);
  if (byName.length === 1) return { node: byName[0], by: 'name' };
  if (byKey.length === 1) {
    const node = byKey[0];
    return { node, by: node.acronym && foldText(node.acronym) === name ? 'acronym' : 'alternative name' };
  }
  if (byKey.length > 1) return { ambiguous: byKey, by: 'name' };
  const acronym = typeof candidate.props.acronym === 'string' ? foldText(candidate.props.acronym) : undefined;
  const byAcronym = acronym ? sameType.filter((node) => node.acronym && foldText(node.acronym) === acronym) : [];
  if (byAcronym.length === 1) return { node: byAcronym[0], by: 'acronym' };
  if (byAcronym.length > 1) return { ambiguous: byAcronym, by: 'acronym' };
  const tokens = significantTokens(name);
  if (tokens.size >= 3) {
    const byTokens = sameType.filter((node) => sameSet(significantTokens(foldText(node.name)), tokens));
    if (byTokens.length === 1) return { node: byTokens[0], by: 'name tokens' };
    if (byTokens.length > 1) return { ambiguous: byTokens, by: 'name tokens' };
  }
  return undefined;
}

/** Types whose new entities are checked for a resembling stored name (places, countries and topics come from lists). */
const RESEMBLANCE_TYPES = new Set<EntityType>([
  'Organisation',
  'WorkingGroup',
  'Publication',
  'PolicyDocument',
  'Person',
]);
/** Share of the two names' significant words (the union) that both hold, at or above which they resemble. */
const MIN_SHARED_WORDS = 0.5;

/**
 * A stored node whose name resembles the name of a new entity without being the same (issue 11, item 3: such a new
 * entity is a proposal, not a fact): one name holds the other as whole words ("Forem" in "Forem Namur"), or at least
 * MIN_SHARED_WORDS of their significant words are the same ("Federal Institute for Vocational Training" and "Federal
 * Institute for Vocational Education and Training"). The closest one, or undefined.
 */
export function resemblingNode(candidate: CandidateEntity, stored: StoredNode[]): StoredNode | undefined {
  if (!RESEMBLANCE_TYPES.has(candidate.type)) return undefined;
  const name = stripArticle(foldText(candidate.name));
  const words = significantTokens(name);
  let best: { node: StoredNode; score: number } | undefined;
  for (const node of stored) {
    if (node.type !== candidate.type) continue;
    const other = stripArticle(foldText(node.name));
    const otherWords = significantTokens(other);
    const shared = [...words].filter((word) => otherWords.has(word)).length;
    const union = new Set([...words, ...otherWords]).size;
    const contains =
      Math.min(name.length, other.length) >= 4 && (containsWords(name, other) || containsWords(other, name));
    const score = contains ? 1 : union ? shared / union : 0;
    if (score >= MIN_SHARED_WORDS && (!best || score > best.score)) best = { node, score };
  }
  return best?.node;
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack.replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${needle.replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
}
