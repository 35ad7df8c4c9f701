/**
 * Folds text for matching that ignores case and accents in every script: Unicode NFKD, combining marks removed,
 * then lower case ("Liège" → "liege", "ЛІГА" → "ліга", "Économie" → "economie"). Stored names are
 * folded once at write
 * time into `searchKey`, and user text is folded the same way, so matching needs no regex flags, which in Cypher
 * would only fold ASCII (field case F11).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .normalize('NFC');
}

/**
 * A control character other than tab, line feed and carriage return (Unicode Cc: C0, DEL and C1): never part of a name,
 * title, summary or page text. Writes refuse text holding one; ingestion drops them.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Joins the folded name, acronym, alternative and original names and the labels in other languages (`labelValues`,
 * see domain/labels.ts) of an entity into its stored `searchKey`, each folded form once (a label that folds to the
 * name adds nothing).
 */
export function searchKeyOf(name: string, props: Record<string, unknown>): string {
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const parts = [name, props.acronym, props.originalName, ...list(props.altNames), ...list(props.labelValues)];
  const folded = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').map(foldText);
  return [...new Set(folded)].join(' | ');
}
