import { foldText } from './text-folding';

/**
 * Words of an organisation's name that say what kind of body it is, not which one ("Ministry of National Education",
 * "National Agency", "Department of Education and Training", "Bundesministerium für Bildung"), in the languages of the
 * bulk pages, folded. Country names and adjectives ("Danish", "(Romania)") and proper names are not among them.
 */
const GENERIC_NAME_WORDS = new Set(
  (
    'ministry minister ministries department dept agency national federal state regional local public education ' +
    'educational training vocational labour labor employment science sciences research sport sports youth culture ' +
    'social affairs family women equal opportunities higher presidency council government authority office centre ' +
    'center institute directorate general service services economy economic development innovation work welfare ' +
    'health finance industry trade enterprise skills qualifications qualification lifelong learning adult school ' +
    'schools board committee unit section secretariat chamber of for the and in on a an ' +
    'ministerio ministere ministero ministerium bundesministerium ministerstvo ministerie ministerstwo ministerio ' +
    'ministerstvoto de del della delle dello di e et y und fur der die das des du la le les el lavoro educacion ' +
    'education educazione istruzione bildung forschung arbeit formacion formation professionnelle formazione ' +
    'professionale nationale nacional nazionale politiche sociali trabajo empleo emploi travail recherche ciencia ' +
    'scienza agenzia agence agentur agencia instituto institut istituto wissenschaft kultur jugend sport'
  ).split(' '),
);

/**
 * True when every word of `name` (a trailing bracket dropped, folded) is a generic word: the name says what kind of body
 * it is, not which one. The bundled data's builder resolves such a name only within its page or stated country
 * (scripts/corpus-facts/registry.ts), and document ingestion links it to a stored organisation only through an editor
 * (ingest.resolve.ts): the bulk pages' "Ministry of National Education" is Romania's on one page, Luxembourg's and
 * Poland's on others, and one record for all three had made a Polish official work for a Romanian ministry.
 */
export function isGenericName(name: string): boolean {
  const words = foldText(name.replace(/\s*\([^()]*\)\s*$/, ''))
    .replace(/[’'`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((word) => GENERIC_NAME_WORDS.has(word));
}
