import { EntityType } from './entity-types';

/**
 * Relationship types and the endpoint types each allows, from data/FORMAT.md. This is the allow-list for
 * relationship types: Cypher only ever names a type found here.
 */
export const RELATIONSHIP_ENDPOINTS = {
  ORGANISED_BY: { from: ['Event'], to: ['WorkingGroup', 'Organisation'] },
  HOSTED_BY: { from: ['Event'], to: ['Organisation'] },
  HELD_IN: { from: ['Event'], to: ['Place', 'Country'] },
  LOCATED_IN: { from: ['Place', 'Organisation'], to: ['Place', 'Country'] },
  PART_OF: { from: ['Event', 'WorkingGroup'], to: ['Event', 'WorkingGroup'] },
  FOLLOWS: { from: ['Event'], to: ['Event'] },
  COORDINATED_BY: { from: ['WorkingGroup'], to: ['Organisation'] },
  MANDATED_BY: { from: ['WorkingGroup'], to: ['PolicyDocument'] },
  MEMBER_OF: { from: ['Country', 'Organisation'], to: ['WorkingGroup', 'Organisation'] },
  PARTICIPATED_IN: { from: ['Organisation', 'Country'], to: ['Event'] },
  PUBLISHED_BY: { from: ['Publication'], to: ['Organisation'] },
  ADOPTED_BY: { from: ['PolicyDocument'], to: ['Organisation'] },
  CITES: { from: ['Publication', 'PolicyDocument', 'Event'], to: ['Publication', 'PolicyDocument'] },
  PRESENTED_AT: { from: ['Publication', 'CompetenceStandard'], to: ['Event'] },
  ANALYSES: { from: ['Publication'], to: ['CompetenceStandard', 'Country', 'Topic'] },
  DEVELOPED_BY: { from: ['CompetenceStandard'], to: ['Organisation'] },
  APPLIES_IN: { from: ['CompetenceStandard'], to: ['Country'] },
  ABOUT: { from: ['Event', 'Publication', 'PolicyDocument', 'WorkingGroup'], to: ['Topic'] },
  CONTACT_FOR: { from: ['Person'], to: ['Event', 'Publication'] },
  WORKS_FOR: { from: ['Person'], to: ['Organisation'] },
} as const satisfies Record<string, { from: readonly EntityType[]; to: readonly EntityType[] }>;

export type RelationshipType = keyof typeof RELATIONSHIP_ENDPOINTS;

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_ENDPOINTS) as RelationshipType[];

/** True when `value` is one of {@link RELATIONSHIP_TYPES} (the allow-list check). */
export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RELATIONSHIP_ENDPOINTS, value);
}

/**
 * Why a relationship of `type` from a `from` node to a `to` node is not allowed, or undefined when it is.
 * PART_OF additionally requires both ends to be of the same type (event series, sub-groups).
 */
/** "a" or "an" before an entity type name in messages ("an Organisation", "a Place"). */
function article(word: string): string {
  return /^[AEIOU]/.test(word) ? 'an' : 'a';
}

export function endpointProblem(type: RelationshipType, from: EntityType, to: EntityType): string | undefined {
  const allowed = RELATIONSHIP_ENDPOINTS[type];
  if (!(allowed.from as readonly string[]).includes(from))
    return `${type} cannot start at ${article(from)} ${from} (allowed: ${allowed.from.join(', ')})`;
  if (!(allowed.to as readonly string[]).includes(to))
    return `${type} cannot end at ${article(to)} ${to} (allowed: ${allowed.to.join(', ')})`;
  if (type === 'PART_OF' && from !== to)
    return `PART_OF links an Event to an Event or a WorkingGroup to a WorkingGroup, not ${from} to ${to}`;
  return undefined;
}
