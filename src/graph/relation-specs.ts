import { RelationshipType } from '../domain/relationship-types';
import { heldInYear } from './as-of';
import { label, relType } from './cypher-identifiers';
import { EntityDefinition } from './entity-definition';
import { RelationSpec } from './relation-loader';

/** A field following relationships of `type` from the parent to targets of `target`'s type. */
export function outgoing(name: string, type: RelationshipType, target: EntityDefinition<never>): RelationSpec {
  return { name, pattern: `(n)-[r:${relType(type)}]->(m:${label(target.type)})`, bindsRelationship: true, target, during: (year) => heldInYear('r', year) };
}

/** A field following relationships of `type` that point at the parent, from sources of `target`'s type. */
export function incoming(name: string, type: RelationshipType, target: EntityDefinition<never>): RelationSpec {
  return { name, pattern: `(n)<-[r:${relType(type)}]-(m:${label(target.type)})`, bindsRelationship: true, target, during: (year) => heldInYear('r', year) };
}

/**
 * A derived field over a longer path written in our code (`(n)` the parent, `(m)` the target), e.g. an event's
 * countries through the places it was held in; `condition` is an optional predicate over `n` and `m`, `during` one for
 * `asOf` (see RelationSpec). Edges of derived fields carry no relationship.
 */
export function derived(
  name: string,
  pattern: string,
  target: EntityDefinition<never>,
  condition?: string,
  during?: (yearParam: string) => string,
): RelationSpec {
  return { name, pattern, bindsRelationship: false, target, condition, during };
}
