import { MAX_NAME_LENGTH } from '../../src/domain/limits';
import { countryCodeOf } from '../../src/gazetteer/countries';

/** The PublicationKind of an editor's kind word ("briefing note" → BRIEFING_NOTE). */
export const PUBLICATION_KINDS: Record<string, string> = {
  report: 'REPORT',
  'research paper': 'RESEARCH_PAPER',
  'briefing note': 'BRIEFING_NOTE',
  'working paper': 'WORKING_PAPER',
  guide: 'GUIDE',
};

/**
 * Splits what a page writes in brackets after an organisation's name: an acronym ("Centrul Naţional ... (CNDIPT)")
 * or a country ("BIBB (Germany)"), which the name does not keep. Other brackets stay part of the name.
 */
export function splitBrackets(written: string): { name: string; acronym?: string; countryCode?: string } {
  const match = /^(.*\S)\s*\(([^()]+)\)$/.exec(written.trim());
  if (!match) return { name: written.trim() };
  const [, name, inside] = match;
  const code = countryCodeOf(inside.trim());
  if (code) return { name, countryCode: code };
  if (/^[\p{Lu}\p{N}&\-.]{2,12}$/u.test(inside.trim())) return { name, acronym: inside.trim() };
  return { name: written.trim() };
}
/** True for a name worth a record: at least two characters, within the names' length limit. */
export const usable = (name: string | null | undefined): name is string =>
  typeof name === 'string' && name.trim().length >= 2 && name.length <= MAX_NAME_LENGTH;
/** The name with its first letter in upper case (editors wrote subjects in lower case). */
export const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** True for a person's name of at least two words, the first of two letters or more ("Vassiliou" alone is not). */
export const isPersonName = (name: string): boolean => /\p{L}\p{L}+\s+\p{L}/u.test(name);

/**
 * Short names by which the EU-policy pages refer to a bundled organisation, registered before any page is read: "the
 * Council" adopting a recommendation or conclusions is the Council of the European Union (its own usage,
 * consilium.europa.eu), as is "Council of the EU". Without them the editors' "Council" became an organisation of its
 * own, a name too vague to resolve (ingest:eval counted it as a fragment).
 */
export const SHORT_NAMES: ReadonlyArray<readonly [id: string, name: string]> = [
  ['org:council-eu', 'Council'],
  ['org:council-eu', 'Council of the EU'],
];
