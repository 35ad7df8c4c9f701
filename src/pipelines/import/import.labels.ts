import { Label, LANGUAGE_TAG, normaliseLang } from '../../domain/labels';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { CONTROL_CHARACTER } from '../../domain/text-folding';

/** Most labels one record may carry (24 EU languages and their variants fit many times over). */
export const MAX_LABELS = 200;

const SOURCE = /^(seed:[\w.-]+|https?:\/\/\S+)$/;

/**
 * Reads the optional `labels` of an entity record (data/FORMAT.md): a list of `{lang, value, source?}` with a BCP 47
 * language tag, a non-empty name and, if given, a source URL like the record's own.
 * @returns the labels (language tags lower-cased, values trimmed), or the first problem, naming the field, without
 *   echoing the value
 */
export function readLabels(value: unknown): Label[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return 'labels must be a list of {lang, value, source?}';
  if (value.length > MAX_LABELS) return `labels may hold at most ${MAX_LABELS} entries`;
  const labels: Label[] = [];
  for (const [i, item] of value.entries()) {
    const at = `labels[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return `${at} must be an object {lang, value, source?}`;
    const { lang, value: text, source, ...rest } = item as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) return `${at} has an unknown field (only lang, value and source are read)`;
    if (typeof lang !== 'string' || !LANGUAGE_TAG.test(lang) || lang.length > 35)
      return `${at}.lang must be a BCP 47 language tag such as "fr" or "pt-BR"`;
    if (typeof text !== 'string' || text.trim() === '') return `${at}.value must be a non-empty string`;
    if (text.length > MAX_NAME_LENGTH) return `${at}.value must be at most ${MAX_NAME_LENGTH} characters`;
    if (CONTROL_CHARACTER.test(text)) return `${at}.value must not contain control characters`;
    if (source !== undefined && source !== null && (typeof source !== 'string' || !SOURCE.test(source))) {
      return `${at}.source must be an http(s) URL or seed:<file>`;
    }
    labels.push({ lang: normaliseLang(lang), value: text.trim(), source: typeof source === 'string' ? source : null });
  }
  return labels;
}
