/*
 * Names of an entity in other languages (issue 16): `labels`, each a language tag, a value and, where known, the
 * source it was read from. Neo4j properties cannot hold maps, so a node stores them as three lists of equal length:
 * `labelLangs`, `labelValues` and `labelSources` ('' when a label names no source). The values are folded into the
 * node's `searchKey` like its other names, so search and `nameContains` find an entity by any of its labels.
 */

/** A name of an entity in one language. */
export interface Label {
  /**
   * BCP 47 language tag, lower-case primary subtag ("fr", "pt-br", "el-latn"); "und" when the language is not known.
   */
  lang: string;
  value: string;
  /** Where it was read (a URL), or null. */
  source: string | null;
}

/** The stored properties that hold labels. */
export const LABEL_PROPERTIES = ['labelLangs', 'labelValues', 'labelSources'] as const;

/** A BCP 47 language tag as we accept it: a 2-3 letter language, then subtags of 1-8 letters or digits. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The tag in the form labels are stored and compared: lower case ("pt-BR" → "pt-br"). */
export function normaliseLang(tag: string): string {
  return tag.trim().toLowerCase();
}

/**
 * Labels merged in order, one per (language, value): a later duplicate adds nothing, except a source where the
 * earlier one had none.
 */
export function mergeLabels(...lists: ReadonlyArray<readonly Label[]>): Label[] {
  const merged = new Map<string, Label>();
  for (const list of lists) {
    for (const label of list) {
      const lang = normaliseLang(label.lang);
      const key = `${lang}\u0000${label.value}`;
      const earlier = merged.get(key);
      if (!earlier) merged.set(key, { lang, value: label.value, source: label.source ?? null });
      else if (!earlier.source && label.source) earlier.source = label.source;
    }
  }
  return [...merged.values()];
}

/** The stored properties for `labels` (empty lists when there are none). */
export function labelProps(labels: readonly Label[]): Record<(typeof LABEL_PROPERTIES)[number], string[]> {
  return {
    labelLangs: labels.map((label) => normaliseLang(label.lang)),
    labelValues: labels.map((label) => label.value),
    labelSources: labels.map((label) => label.source ?? ''),
  };
}

/** The labels stored on a node (its plain properties); none when it has none or the lists disagree in length. */
export function labelsOf(properties: Record<string, unknown>): Label[] {
  const { labelLangs: langs, labelValues: values, labelSources: sources } = properties;
  if (!Array.isArray(langs) || !Array.isArray(values) || langs.length !== values.length) return [];
  return langs.map((lang, i) => ({
    lang: String(lang),
    value: String(values[i]),
    source: Array.isArray(sources) && typeof sources[i] === 'string' && sources[i] !== '' ? String(sources[i]) : null,
  }));
}

/**
 * The label to show for the first language of `preferred` that has one: an exact tag first ("pt-br"), then a label
 * whose primary language is the same ("pt" for "pt-br", "pt-br" for "pt"). Undefined when none fits.
 * @param preferred language tags, most wanted first (the asked language, then Accept-Language, then "en")
 */
export function labelFor(labels: readonly Label[], preferred: readonly string[]): Label | undefined {
  for (const wanted of preferred.map(normaliseLang)) {
    const primary = wanted.split('-')[0];
    const hit =
      labels.find((label) => label.lang === wanted) ?? labels.find((label) => label.lang.split('-')[0] === primary);
    if (hit) return hit;
  }
  return undefined;
}
