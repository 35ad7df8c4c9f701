import slugify from 'slugify';
import { EntityType, ID_PREFIX } from '../../domain/entity-types';
import { BadUserInputError } from '../../errors/api-errors';

/** Longest slug generated from a name, in characters; cut at a hyphen so words stay whole. */
export const MAX_SLUG_LENGTH = 80;

/**
 * The id for a new entity when the client gives none: the type's prefix and a slug of the name (transliterated to
 * ASCII by `slugify`: "Office de l'Emploi Test" → `org:office-de-lemploi-test`, "Ліга" → `liga`). Events also
 * get
 * their year when the name does not contain it, since event names recur every year ("Policy learning forum").
 * @param year the event's year, if known
 * @param field the input field to blame when no slug can be made (names in scripts slugify does not know)
 * @throws BadUserInputError when the name has no letters or digits slugify can transliterate
 */
export function idFromName(type: EntityType, name: string, year: number | undefined, field: string): string {
  let slug = slugify(name, { lower: true, strict: true, trim: true });
  if (type === 'Event' && year !== undefined && !slug.split('-').includes(String(year)))
    slug = slug ? `${slug}-${year}` : '';
  if (slug.length > MAX_SLUG_LENGTH)
    slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH);
  slug = slug.replace(/^-+|-+$/g, '');
  if (!slug)
    throw BadUserInputError.of(
      field,
      `cannot make an id from "${name.slice(0, 40)}"; give an id such as ${ID_PREFIX[type]}:my-name`,
    );
  return `${ID_PREFIX[type]}:${slug}`;
}
