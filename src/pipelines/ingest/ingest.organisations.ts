import { foldText } from '../../domain/text-folding';
import { Mention, OrganisationFound, spanOf } from './ingest.model';

/*
 * Organisations named in host and organiser phrases ("hosted by the Forem", "organised by Cedefop and the European
 * Commission", "accueilli par ...", "Gastgeber ist ..."), and working groups ("the Thematic working group on ...").
 */

// An article needs the space after it (or an apostrophe): "the\s*" took "The" off "Thessaloniki", "le" off
// "Lehrbetrieb".
const ARTICLE =
  /^(?:(?:the|le|la|les|der|die|das|dem|den|des|du|de la|a|o|os|as|el|los|las|il|lo|het|η|ο|το|της|του|οι)\s+|(?:de |dell|dall|all|nell)?l['’]\s*)/iu;
// Folded like the words they are compared with ("für" is "fur").
const CONNECTORS = new Set(
  (
    [
      'of',
      'for',
      'on',
      'in',
      'and',
      'de',
      'du',
      'des',
      'la',
      'le',
      'et',
      'für',
      'der',
      'die',
      'das',
      'und',
      'd',
      'l',
      'pour',
      'en',
      'zur',
      'zum',
      'para',
      'a',
      'e',
      'o',
      'do',
      'da',
      'dos',
      'das',
      'del',
      'y',
      'di',
      'per',
      'della',
      'dello',
      'delle',
      'dei',
      'degli',
      'van',
      'voor',
      'het',
      'dla',
      'pentru',
      'al',
      'ale',
      'της',
      'του',
      'των',
      'για',
      'за',
      'на',
      'и',
      'και',
      'si',
      'i',
      '&',
    ] as string[]
  ).map(foldText),
);
const CONJUNCTIONS = new Set(['and', 'et', 'und', '&', 'en', 'si', 'και', 'и']);
/** French adjectives that follow the noun inside institution names. */
const ADJECTIVES =
  /^(?:europeen|europeenne|europeens|europea|europeo|europeia|europeu|national|nationale|nazionale|nacional|federal|federale|regional|regionale|international|internationale|internazionale|internacional)$/;

/** Head nouns of institutions whose names often contain "and" ("Ministry of Education and Research"). */
const INSTITUTION_HEADS =
  /^(?:organi[sz]ation|stiftung|fondation|fondazione|fundacion|fundacao|universidad|ministry|ministries|department|institute|agency|centre|center|council|college|universit|school|hochschule|bureau|fund|service|federation|association|chamber|office|foundation|confederation|directorate|authority|board|committee|ministere|institut|agence|chambre|conseil|ministerium|bundesinstitut|bundesministerium|kammer|verband|agentur|ministero|istituto|agenzia|centro|camera|ministerio|instituto|agencia|ministerio|ministerie|agentschap|ministerstwo|instytut|agencja|ministerul|centrul|institutul|agentia|υπουργειο|ινστιτουτο|επιμελητηριο|διευθυνση|οργανισμος|министерство|агенция|институт|център)/;

/** True when a word of the (folded) name is the head noun of an institution (Ministry, Institut, Agencia, ...). */
export function hasInstitutionHead(name: string): boolean {
  return foldText(name)
    .split(/\s+/)
    .some((word) => INSTITUTION_HEADS.test(word));
}

/** Phrases after which participating organisations are named. */
const PARTICIPANT_CUES =
  /\b(?:representatives of|with the participation of|participating organi[sz]ations?(?: were| included)?:?|participants (?:included|came from)|en présence d[eu]|unter Beteiligung (?:der|des|von))\s+/giu;

/**
 * What a participating organisation does in an event page: "The Croatian Chamber of Trades and Crafts presented ...".
 */
const PARTICIPATION_VERB =
  /^\s*(?:\([^()\n]{1,20}\)\s*)?(?:\p{Ll}[\p{Ll}\-]*\s+){0,3}(?:presented|took part|participated|contributed|shared|showcased|présenté|a présenté|präsentierte|stellte)\b/u;

/**
 * Organisations that took part: named after a participation cue ("representatives of ..."), or an institution
 * (a name with a head word such as Chamber, Ministry, Institute, or an acronym) as the subject of "presented",
 * "took part", "contributed" ... ("The ibw Austria research institute presented findings"). Country names are left
 * to the country extraction; confidence 0.7 (taking part is said less plainly than hosting).
 */
export function findParticipants(text: string, countryName: (name: string) => boolean): OrganisationFound[] {
  const found: OrganisationFound[] = [...namedAfter(text, PARTICIPANT_CUES, 0.7)];
  // Subjects start a sentence or follow "and"/a comma inside one.
  for (const start of text.matchAll(/(?:^|[.!?]\s+|\n|,\s+|\band\s+)(?=(?:the\s+|The\s+)?\p{Lu})/gu)) {
    const at = (start.index ?? 0) + start[0].length;
    const [org] = organisationsAt(text, at, 0.7);
    if (!org || org.span.start > at + 4) continue;
    const after = text.slice(org.span.end);
    const institution =
      org.acronym !== undefined ||
      foldText(org.value)
        .split(/\s+/)
        .some((word) => INSTITUTION_HEADS.test(word)) ||
      /^\s+(?:research\s+)?(?:institute|agency|chamber|ministry)\b/u.test(after);
    if (institution && PARTICIPATION_VERB.test(after)) found.push(org);
  }
  // A name starts with a capital or a digit ("representatives of national authorities" names no organisation).
  return dedupe(
    found
      .filter((org) => /^[\p{Lu}\d]/u.test(org.value) && !countryName(org.value))
      .sort((a, b) => a.span.start - b.span.start),
  );
}

/** Organisations named right after each match of `cues`, first mention each. */
export function namedAfter(text: string, cues: RegExp, confidence: number): OrganisationFound[] {
  const found: OrganisationFound[] = [];
  for (const match of text.matchAll(cues))
    found.push(...organisationsAt(text, (match.index ?? 0) + match[0].length, confidence));
  return dedupe(found);
}

/**
 * The organisation names that start at `at`: an optional article, then capitalised words joined by connectors
 * ("of", "for", "de", "für" ...), an optional acronym in brackets, and further names after "and"/"," when the
 * next name starts with an article or the current one is not an institution whose name holds "and".
 */
export function organisationsAt(text: string, at: number, confidence: number): OrganisationFound[] {
  const found: OrganisationFound[] = [];
  let position = at;
  for (let guard = 0; guard < 6; guard += 1) {
    const article = ARTICLE.exec(text.slice(position));
    const start = position + (article ? article[0].length : 0);
    const words = [...text.slice(start, start + 300).matchAll(/[\p{L}\d][\p{L}\d'’\-]*|\S/gu)];
    let end = start;
    let lastCapital = -1;
    let index = 0;
    let next: number | undefined;
    for (; index < words.length; index += 1) {
      const word = words[index][0];
      const wordStart = start + (words[index].index ?? 0);
      if (!/^[\p{L}\d]/u.test(word)) break;
      // A name never runs over a line break (a heading, a list item, a table cell ends there).
      if (
        index > 0 &&
        text.slice(start + (words[index - 1].index ?? 0) + words[index - 1][0].length, wordStart).includes('\n')
      )
        break;
      const lower = foldText(word);
      if (CONJUNCTIONS.has(lower) && lastCapital >= 0) {
        const rest = text.slice(wordStart + word.length).trimStart();
        const isInstitution = foldText(text.slice(start, end))
          .split(/\s+/)
          .some((w) => INSTITUTION_HEADS.test(w));
        const nextHead = INSTITUTION_HEADS.test(foldText(rest.split(/\s+/)[0] ?? ''));
        // "European Economic and Social Committee": an adjective before "and" belongs to the head noun after it.
        const adjectiveBefore =
          /(?:ic|al|ico|ica|ale|ische|ischen|ικο|ικη|ικος)$/u.test(foldText(words[index - 1]?.[0] ?? '')) &&
          !isInstitution &&
          headAhead(rest);
        if (!adjectiveBefore && (ARTICLE.test(rest) || !isInstitution || nextHead)) {
          next = wordStart + word.length;
          break;
        }
      }
      if (/^\p{Lu}/u.test(word) || /^\d/.test(word)) {
        lastCapital = index;
        end = wordStart + word.replace(/['’]s$/, '').length;
        if (/['’]s$/.test(word)) break;
      } else if (lastCapital === index - 1 && ADJECTIVES.test(lower)) {
        // "Commission européenne", "Agence nationale": a lower-case adjective after a capitalised word is part of it.
        lastCapital = index;
        end = wordStart + word.length;
      } else if (
        !CONNECTORS.has(lower.replace(/['’]$/, '')) &&
        !(lower === 'the' && /^(?:of|for)$/.test(foldText(words[index - 1]?.[0] ?? '')))
      )
        break;
    }
    if (lastCapital < 0) break;
    end += seriesAfter(text.slice(start, end), text.slice(end));
    // A name with lower-case words ("Association nationale pour la formation ... (AFPA)") ends at its acronym.
    const bracketed = /^[^.;:,()\n]{1,120}?(?=\s\([\p{Lu}][\p{Lu}\d\-]{1,12}\))/u.exec(text.slice(end));
    const joinsAnother =
      bracketed && /\b(?:with|by|and|together|jointly|avec|par|et|mit|von|und)\b/iu.test(bracketed[0]);
    if (bracketed && !joinsAnother && /^\s+\p{Ll}/u.test(text.slice(end))) end += bracketed[0].length;
    const name = text.slice(start, end);
    const acronym = /^\s*\(([\p{Lu}][\p{L}\d\- ]{1,15})\)/u.exec(text.slice(end));
    found.push({ value: name, confidence, span: spanOf(text, start, end), acronym: acronym?.[1] });
    // A spelled-out name in brackets after a short one ("Forma (Associazione enti ...) e Confap") is its gloss.
    const gloss = acronym ? undefined : /^\s*\([^()\n]{16,150}\)/u.exec(text.slice(end));
    const after = text.slice(end + (acronym ? acronym[0].length : gloss ? gloss[0].length : 0));
    const list =
      /^(?:,\s+(?:(?:and|et|und|e|y|en|i|și|şi|και)\s+)?|\s+(?:and|et|und|e|y|en|i|și|şi|και)\s+)(?=(?:the\s+|le\s+|la\s+|l['’]|der\s+|die\s+|das\s+|dem\s+|a\s+|o\s+|el\s+|het\s+|de\s+|η\s+|το\s+|ο\s+)?\p{Lu})/u.exec(
        after,
      );
    if (next !== undefined) position = next + (text.slice(next).length - text.slice(next).trimStart().length);
    else if (list) position = text.length - after.length + list[0].length;
    else break;
  }
  return found;
}

/**
 * The length of ", Science and Research" after "Ministry of Education": the rest of a series of fields that an
 * institution's name holds (0 when `after` does not continue one). Without it the series became organisations
 * "Science" and "Research".
 */
function seriesAfter(name: string, after: string): number {
  if (!hasInstitutionHead(name) || !/\s(?:of|for|de|du|des|für|per|para|di|do|da|della|van|voor)\s/iu.test(name))
    return 0;
  const series =
    /^(?:,[ \t]+\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,2})+,?[ \t]+(?:and|et|und|e|y|i|și|şi)[ \t]+\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,2}(?:[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,3})?/u.exec(
      after,
    );
  if (!series || hasInstitutionHead(series[0]) || /\b(?:the|la|le|der|die)\b/iu.test(series[0])) return 0;
  return series[0].length;
}

/** True when one of the next four capitalised words of `rest` is an institution head ("Social Committee"). */
function headAhead(rest: string): boolean {
  const ahead = /^(?:\p{Lu}[\p{L}\-]*\s+){0,3}\p{Lu}[\p{L}\-]*/u.exec(rest)?.[0] ?? '';
  return hasInstitutionHead(ahead);
}

/** Removes repeated names (folded), keeping the first mention. */
export function dedupe<T extends Mention<string>>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = foldText(item.value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
