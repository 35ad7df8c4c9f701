import { EntityType, isEntityType } from '../../src/domain/entity-types';
import { isRelationshipType, RELATIONSHIP_ENDPOINTS, RelationshipType } from '../../src/domain/relationship-types';
import { forEachReviewRecord, PageFacts } from './page-facts';
import { Relations } from './registry';

/** A relationship a page states between two things it names (the third editorial pass, data/review/relations-*.jsonl). */
export interface StatedRelation {
  type: RelationshipType;
  from: string;
  fromType: EntityType;
  to: string;
  toType: EntityType;
  since: number | null;
  until: number | null;
}

/** The relationship types the third pass records (data/FORMAT.md); the others come from the first two passes. */
const STATED_TYPES = new Set<RelationshipType>([
  'PART_OF',
  'MEMBER_OF',
  'LOCATED_IN',
  'PARTICIPATED_IN',
  'ADOPTED_BY',
  'PUBLISHED_BY',
  'COORDINATED_BY',
  'MANDATED_BY',
]);

const year = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1950 && value <= 2030 ? value : null;
const name = (value: unknown): string | null =>
  typeof value === 'string' && value.trim().length >= 2 && value.trim().length <= 120
    ? value.trim().normalize('NFC')
    : null;

/** True when the allow-list (domain/relationship-types.ts) lets `type` run from a `from` to a `to`. */
function allowed(type: RelationshipType, from: EntityType, to: EntityType): boolean {
  const ends = RELATIONSHIP_ENDPOINTS[type] as { from: readonly EntityType[]; to: readonly EntityType[] };
  return ends.from.includes(from) && ends.to.includes(to) && (type !== 'PART_OF' || from === to);
}

/**
 * Reads the third editorial pass (`data/review/relations-*.jsonl`, one page a line) into `pages` (`page.relations`):
 * only records of a {@link STATED_TYPES} type whose end types the allow-list permits, with both names given.
 * @throws SyntaxError naming the file and line when a line is not JSON
 */
export function readStatedRelations(pages: PageFacts[], reviewDir: string): void {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  forEachReviewRecord(reviewDir, /^relations-.*\.jsonl$/, (record) => {
    const page = byUrl.get(String(record.url));
    if (!page) return;
    page.relations = (Array.isArray(record.relations) ? record.relations : []).flatMap((r: Record<string, unknown>) => {
      const [type, fromType, toType, from, to] = [r?.type, r?.fromType, r?.toType, name(r?.from), name(r?.to)];
      if (
        !isRelationshipType(type) ||
        !STATED_TYPES.has(type) ||
        !isEntityType(fromType) ||
        !isEntityType(toType) ||
        !from ||
        !to
      )
        return [];
      if (!allowed(type, fromType, toType)) return [];
      const membership = type === 'MEMBER_OF';
      return [
        {
          type,
          from,
          fromType,
          to,
          toType,
          since: membership ? year(r.since) : null,
          until: membership ? year(r.until) : null,
        },
      ];
    });
  });
}

/**
 * Writes the relationships a page states, each end found by `resolve` (which may find a known entity, or create one
 * the page names; undefined when the name picks none or several), citing the page, when the ends' types (a network
 * may be an organisation where the editor wrote a working group) are ones the allow-list permits. A MEMBER_OF keeps the years the
 * page gives as `since`/`until`.
 */
export function addStatedRelations(
  page: PageFacts,
  resolve: (type: EntityType, name: string) => string | undefined,
  typeOf: (id: string) => EntityType | undefined,
  relations: Relations,
): number {
  let added = 0;
  for (const stated of page.relations ?? []) {
    const from = resolve(stated.fromType, stated.from);
    const to = from ? resolve(stated.toType, stated.to) : undefined;
    if (!from || !to || from === to) continue;
    const [fromType, toType] = [typeOf(from), typeOf(to)];
    if (!fromType || !toType || !allowed(stated.type, fromType, toType)) continue;
    const props: Record<string, unknown> = {};
    if (stated.since !== null) props.since = String(stated.since);
    if (stated.until !== null) props.until = String(stated.until);
    relations.add(from, stated.type, to, [page.url], props);
    added++;
  }
  return added;
}
