import { OrganisationFound, spanOf } from './ingest.model';
import { isNetwork, knownOrganisation } from './ingest.known-names';
import { judgeOrganisations } from './ingest.name-judge';
import { dedupe, hasInstitutionHead, namedAfter, organisationsAt } from './ingest.organisations';
import {
  BY_CUES,
  COOPERATION_NOUNS,
  cuePattern,
  PASSIVE_AGENT,
  PASSIVE_PARTICIPLES,
  SUBJECT_VERBS,
  VENUE_CUES,
  VERB_FIRST_CUES,
  WEAK_VENUE_CUES,
} from './ingest.role-cues';
import { EVENT_KIND_TERMS } from './ingest.vocabulary';

/*
 * Hosts and organisers of an event, from the role cues of ingest.role-cues.ts in the languages of the genre:
 * the name after a cue ("organised by X"), the subject before a verb ("X is organising"), the owner of the event
 * ("Cedefop's conference") and the institution the event is held at ("took place at Cedefop"). Every name goes
 * through the name judge (ingest.name-judge.ts): a fragment never becomes an organisation.
 */

const AUXILIARIES = String.raw`(?:(?:has|have|had|is|are|was|were|will|shall|also|jointly|successfully|recently|hat|haben|wird|ha|hanno|a|ont|ha|han)\s+){0,2}`;
const HOST_BY = cuePattern(BY_CUES.host, String.raw`\s+`);
const ORGANISER_BY = cuePattern(BY_CUES.organiser, String.raw`\s+`);
const PRESIDENCY_BY = cuePattern(BY_CUES.presidency, String.raw`\s+`);
const SUPPORT_BY = cuePattern(BY_CUES.support, String.raw`\s+`);
const VERB_FIRST = cuePattern(VERB_FIRST_CUES, String.raw`\s+`);
const GERMAN_PASSIVE = new RegExp(
  String.raw`(?<![\p{L}])${PASSIVE_AGENT}\s+(?=[^.!?\n]{1,160}?\b${PASSIVE_PARTICIPLES}\b)`,
  'giu',
);
/**
 * The agent of a German attributive participle: "eine durch das Bundesinstitut für Berufsbildung in Bonn organisierte
 * Konferenz", "die vom Cedefop veranstaltete Tagung" (the organiser, as in the passive above).
 */
const GERMAN_ATTRIBUTIVE = new RegExp(
  String.raw`(?<![\p{L}])(?:eine?[mnrs]?|die|der|den|das|dem)\s+(?:vom|von der|von den|von|durch das|durch die|durch den)\s+(?=[^.!?\n]{1,120}?\b${PASSIVE_PARTICIPLES}e[mnrs]?\b)`,
  'giu',
);
const HOST_VERB = verbPattern(SUBJECT_VERBS.host);
const ORGANISER_VERB = verbPattern(SUBJECT_VERBS.organiser);

const VENUE = cuePattern(VENUE_CUES, String.raw`\s+`);
const WEAK_VENUE = new RegExp(String.raw`(?<![\p{L}])(?:${WEAK_VENUE_CUES.join('|')})\s+`, 'gu');

/** Kind words ("conference", "seminar") that make "X's <kind>" an event organised by X. */
const KIND_WORDS = EVENT_KIND_TERMS.flatMap(([, terms]) => terms)
  .filter((term) => /^[a-z -]+$/.test(term))
  .concat(['forum', 'event', 'plenary']);
const POSSESSIVE_KIND = new RegExp(String.raw`^['’]s?\s+(?:[\p{L}\d\-]+\s+){0,3}(?:${KIND_WORDS.join('|')})s?\b`, 'u');

/**
 * Hosts of the event, in text order: named after a host cue (0.85), the subject of a hosting verb (0.82: a
 * calibration bucket apart from a known venue's 0.8, which the reviews confirm far less often), the
 * institution the event is said to take place at (0.75; after a bare "im", "at", "presso" 0.7), 0.8 when the
 * bundled data knows the body (a venue is not always a host; one of the genre's institutions mostly is).
 */
export function findHosts(text: string): OrganisationFound[] {
  const institution = (org: OrganisationFound) =>
    hasInstitutionHead(org.value) ||
    org.acronym !== undefined ||
    /^\p{Lu}{2,}$/u.test(org.value) ||
    knownOrganisation(org.value) !== undefined;
  // Judged before the test, so a name that ran on into its city ("Cedefop in Thessaloniki") is tested as "Cedefop".
  const venues = judgeOrganisations(namedAfter(text, VENUE, 0.75).map(beforeCue)).filter(institution);
  const weak = judgeOrganisations(namedAfter(text, WEAK_VENUE, 0.7).map(beforeCue))
    .filter(institution)
    .filter((org) => !isAffiliationOrOwner(text, org));
  const found = [...namedAfter(text, HOST_BY, 0.85), ...subjectsOf(text, HOST_VERB, 0.82), ...venues, ...weak];
  // The bundled data knows the body: a venue that is one of the genre's institutions is its host.
  return judged(found, (org) => (org.confidence <= 0.75 && org.known ? 0.8 : org.confidence));
}

/**
 * A role or an activity before a bare "at", maybe with its complement: "Senior Expert at Cedefop", "Director of Social
 * Affairs at BUSINESSEUROPE", "what we do at Cedefop", "We at the OECD".
 */
const AFFILIATION_BEFORE = (() => {
  const words = (
    'we expert officer director manager head chair professor researcher adviser advisor coordinator ' +
    'president secretary minister analyst specialist lecturer teacher member student apprentice ' +
    'commissioner economist consultant representative staff colleagues? do did work(?:s|ed|ing)? ' +
    'stud(?:y|ies|ied|ying) train(?:s|ed|ing)? skills responsible'
  )
    .split(' ')
    .map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`);
  // Case-sensitive, so the role's complement is only capitalised words and "of", "for", "the", "and"; an article
  // ("the", "Le", "der") may stand between the cue and the name.
  return new RegExp(
    String.raw`(?:^|[^\p{L}])(?:${words.join('|')})` +
      String.raw`(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}.\-]*)){0,8}\s+(?:at|im|an der|presso)\s+(?:\p{L}{1,3}\s+)?$`,
    'u',
  );
})();

/** What makes the body after a bare "at" an owner, not a venue: "at Cedefop’s Agora conference", "at the X website". */
const OWNER_AFTER = new RegExp(
  String.raw`^(?:['’]s?\s|\s+(?:(?:[\p{L}-]+\s+){0,2}(?:${KIND_WORDS.join('|')})s?|website|web\s?site|site)(?![\p{L}]))`,
  'iu',
);

/**
 * True when a body named after a bare place word ("at", "im", "presso") is someone's employer or the owner of
 * something named after it, not where the event is held: the bare cue's wrong readings on the reviewed bulk pages
 * (job titles, "we at", "at Cedefop policy learning forum", "at Cedefop’s Agora conference", "at the CEDEFOP website").
 */
function isAffiliationOrOwner(text: string, org: OrganisationFound): boolean {
  return (
    AFFILIATION_BEFORE.test(text.slice(Math.max(0, org.span.start - 120), org.span.start)) ||
    OWNER_AFTER.test(text.slice(org.span.end, org.span.end + 60))
  );
}

/**
 * Organisers of the event, in text order: named after an organiser cue (0.8), the subject of an organising verb
 * (0.8), the clause subject after a verb that comes first (Greek, 0.8), the agent of a German passive ("wird vom
 * Cedefop ... organisiert", 0.8), the owner of an event ("Cedefop's
 * conference", "Cedefop policy learning forum" for a body the bundled data knows by that acronym, 0.8), a presidency
 * named after "under the presidency of" (0.8 when it names a presidency or an
 * institution, else 0.6: a chair is a person). Bodies named after "with the support of" are not organisers: see
 * {@link findSupporters}.
 */
export function findOrganisers(text: string): OrganisationFound[] {
  const presidencies = namedAfter(text, PRESIDENCY_BY, 0.8).map((org) =>
    /presiden|vorsitz|voorzitter|προεδρ|przewodnic/iu.test(org.value) || hasInstitutionHead(org.value)
      ? org
      : { ...org, confidence: 0.6 },
  );
  const found = [
    ...namedAfter(text, ORGANISER_BY, 0.8),
    ...subjectsOf(text, ORGANISER_VERB, 0.8),
    ...namedAfter(text, VERB_FIRST, 0.8),
    ...namedAfter(text, GERMAN_PASSIVE, 0.8),
    ...namedAfter(text, GERMAN_ATTRIBUTIVE, 0.8),
    ...owners(text),
    ...jointOwners(text),
    ...attributive(text),
    ...presidencies,
  ];
  return judged(found, (org) => org.confidence);
}

/**
 * Bodies named after "with the support of" and its translations (confidence 0.7: they took part, they did not
 * organise).
 */
export function findSupporters(text: string): OrganisationFound[] {
  return judged(namedAfter(text, SUPPORT_BY, 0.7), (org) => org.confidence);
}

/** Names that pass the judge, under the name the bundled data knows them by, first mention each, in text order. */
function judged(
  found: OrganisationFound[],
  confidence: (org: OrganisationFound & { known: boolean }) => number,
): OrganisationFound[] {
  const kept = judgeOrganisations(found.map(beforeCue)).map((org) => ({ ...org, confidence: confidence(org) }));
  const sorted = kept.sort((a, b) => a.span.start - b.span.start || b.confidence - a.confidence);
  // Two names of one body ("Bundesinstitut für Berufsbildung" and "Federal Institute ...") are one organisation.
  // The form the bundled data itself writes wins over one it is known by through its acronym only.
  const unique = dedupe(sorted);
  const byName = new Set(unique.filter((org) => org.knownAs && knownOrganisation(org.value)).map((org) => org.knownAs));
  const bodies = new Set<string>();
  return unique.filter((org) => {
    if (!org.knownAs) return true;
    if (bodies.has(org.knownAs) || (byName.has(org.knownAs) && !knownOrganisation(org.value))) return false;
    bodies.add(org.knownAs);
    return true;
  });
}

const COOPERATION = new RegExp(
  String.raw`\s(?:in|en|em|w|we|σε)\s+(?:enger\s+|close\s+|étroite\s+)?(?:${COOPERATION_NOUNS.join('|')})(?![\p{L}])`,
  'iu',
);

/** A name cut before a role cue it swallowed ("Cedefop in Zusammenarbeit" → "Cedefop"). */
function beforeCue(org: OrganisationFound): OrganisationFound {
  const cue = COOPERATION.exec(org.value);
  if (!cue) return org;
  const value = org.value.slice(0, cue.index);
  return { ...org, value, span: { start: org.span.start, end: org.span.start + value.length, text: value } };
}

function verbPattern(table: typeof SUBJECT_VERBS.host): RegExp {
  const verbs = Object.values(table).flat();
  return new RegExp(String.raw`[\s,]+${AUXILIARIES}(?:${verbs.join('|')})(?![\p{L}])`, 'giu');
}

/** Where the clause holding `at` starts: after the last sentence end or line break before it. */
function backTo(text: string, at: number): number {
  const from = Math.max(0, at - 300);
  const piece = text.slice(from, at);
  const stops = [...piece.matchAll(/[.!?](?=\s)|\n|[–—:]\s/g)];
  const last = stops[stops.length - 1];
  return last ? from + (last.index ?? 0) + last[0].length : from;
}

/**
 * The organisations that are the subject of each verb match: the clause start, or a point after a comma in the
 * clause ("In 2025, the National Pedagogical Institute ..."), from which a list of names runs up to the verb
 * (an acronym in brackets, or an aside between commas, may stand between them).
 */
function subjectsOf(text: string, verb: RegExp, confidence: number): OrganisationFound[] {
  const found: OrganisationFound[] = [];
  for (const match of text.matchAll(verb)) {
    const at = match.index ?? 0;
    const clause = backTo(text, at);
    const starts = [
      clause,
      ...[...text.slice(clause, at).matchAll(/,\s+/g)].map((m) => clause + (m.index ?? 0) + m[0].length),
    ];
    for (const start of starts) {
      const skip = /^\s*/.exec(text.slice(start))?.[0].length ?? 0;
      const orgs = organisationsAt(text, start + skip, confidence);
      const last = orgs[orgs.length - 1];
      if (!orgs.length || orgs[0].span.start > start + skip + 4 || !last) continue;
      const gap = text.slice(last.span.end, at);
      if (/^\s*(?:\([^()\n]{1,40}\))?\s*(?:,[^,.;\n]{1,120},?)?\s*$/u.test(gap)) {
        // A lone capitalised word opening a clause is as often "It" or "When" as a name: kept when it is an acronym.
        found.push(
          ...orgs.filter(
            (org) =>
              /\s/.test(org.value) ||
              org.acronym !== undefined ||
              /\p{Lu}.*\p{Lu}/u.test(org.value) ||
              knownOrganisation(org.value),
          ),
        );
        break;
      }
    }
  }
  return found;
}

/**
 * "Cedefop policy learning forum", "ETF conference": a body the bundled data knows, right before an event word (0.8).
 */
function attributive(text: string): OrganisationFound[] {
  const found: OrganisationFound[] = [];
  // Before the kind word, or joined to it by a hyphen as German, Dutch and the Nordic languages compound it.
  for (const match of [...text.matchAll(BEFORE_KIND_WORD), ...text.matchAll(HYPHEN_COMPOUND)]) {
    const known = knownOrganisation(match[1]);
    const start = match.index ?? 0;
    if (known && known.acronym === match[1] && !isNetwork(known))
      found.push({ value: match[1], confidence: 0.8, span: spanOf(text, start, start + match[1].length) });
  }
  return found;
}

/** A capitalised word up to three words before an English kind word: "Cedefop policy learning forum". */
const BEFORE_KIND_WORD =
  /(?<![\p{L}\d])(\p{Lu}[\p{L}\d\-]*)(?=\s+(?:[\p{L}\d\-]+\s+){0,3}?(?:conference|seminar|workshop|forum|webinar|meeting|plenary|symposium|Seminar|Conference|Forum|Workshop|Webinar)s?\b)/gu;

/** An acronym joined by a hyphen to a kind word of a compounding language: "BIBB-Kongress", "Cedefop-Konferenz". */
const HYPHEN_COMPOUND =
  /(?<![\p{L}\d\-])(\p{Lu}[\p{L}\d]*)-(?:Kongress|Konferenz|Tagung|Fachtagung|Jahrestagung|Seminar|Forum|Workshop|Symposium|Webinar|Konferens|Konferenssi|Seminaari|Conferentie|Congres|Kongres|Konference)(?:es|en|e|s)?(?![\p{L}])/gu;

/** "the joint Cedefop/OECD symposium": the bodies before the kind word. */
const JOINT = new RegExp(
  String.raw`(?<![\p{L}])joint\s+(\p{Lu}[^\n.;]{1,120}?)\s+(?:[\p{Ll}\-]+\s+){0,3}(?:${KIND_WORDS.join('|')})s?\b`,
  'giu',
);

/**
 * The bodies of a joint event, each first name of the parts its slash or dash joins ("the joint Cedefop/European
 * Economic and Social Committee (EESC) policy learning forum": Cedefop and the EESC), 0.8; none unless two parts
 * name a body each. A dash between two acronyms is tried as a cut too, but the names reader takes "ETF-UNESCO" whole,
 * so such a pair gives nothing.
 */
function jointOwners(text: string): OrganisationFound[] {
  const found: OrganisationFound[] = [];
  for (const match of text.matchAll(JOINT)) {
    const inner = match[1];
    const start = (match.index ?? 0) + match[0].indexOf(inner);
    const cuts = [...inner.matchAll(/\s*\/\s*|(?<=\p{Lu})[-–](?=\p{Lu})/gu)];
    if (!cuts.length) continue;
    const starts = [start, ...cuts.map((cut) => start + (cut.index ?? 0) + cut[0].length)];
    const ends = [...cuts.map((cut) => start + (cut.index ?? 0)), start + inner.length];
    const parts = starts.map((from, i) => organisationsAt(text, from, 0.8).find((org) => org.span.end <= ends[i]));
    if (parts.every((org) => org !== undefined)) found.push(...(parts as OrganisationFound[]));
  }
  return found;
}

/** A capitalised name closing a piece of text ("the European Centre for the Development of Vocational Training"). */
const OWNER_RUN = /(?<![\p{L}\d])\p{Lu}[\p{L}\d\-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}\d\-]*)*$/u;

/**
 * "Cedefop's conference", "Cedefop and Eurofound's seminar", "... the theme of Cedefop's 12th Brussels seminar": the
 * names owning an event word, confidence 0.8; the owner opens its clause, or is the capitalised run that ends at the
 * possessive.
 */
function owners(text: string): OrganisationFound[] {
  const found: OrganisationFound[] = [];
  for (const match of text.matchAll(/['’]s?\s/gu)) {
    const at = match.index ?? 0;
    if (!POSSESSIVE_KIND.test(text.slice(at))) continue;
    const clause = backTo(text, at);
    const skip = /^\s*/.exec(text.slice(clause))?.[0].length ?? 0;
    const orgs = organisationsAt(text, clause + skip, 0.8);
    if (orgs.length && orgs[orgs.length - 1].span.end === at) {
      found.push(...orgs);
      continue;
    }
    // The owner inside its clause ("... was the theme of Cedefop's 12th Brussels seminar"): the capitalised run
    // that ends at the possessive, read as names from its start.
    const run = OWNER_RUN.exec(text.slice(clause, at));
    if (!run) continue;
    const owned = organisationsAt(text, clause + run.index, 0.8);
    if (owned.length && owned[owned.length - 1].span.end === at) found.push(...owned);
  }
  return found.map((org) => ({ ...org, span: spanOf(text, org.span.start, org.span.end) }));
}
