import { RelationshipType } from '../domain/relationship-types';
import { heldInYear } from './as-of';
import { label, relType } from './cypher-identifiers';
import { EntityDefinition } from './entity-definition';
import { RelationSpec, RelationVariables } from './relation-statement';

/** A field following relationships of `type` from the parent to targets of `target`'s type. */
export function outgoing(name: string, type: RelationshipType, target: EntityDefinition<never>): RelationSpec {
  const pattern = (v: RelationVariables) =>
    `(${v.parent})-[${v.rel}:${relType(type)}]->(${v.target}:${label(target.type)})`;
  return { name, pattern, bindsRelationship: true, target, during: (v, year) => heldInYear(v.rel, year) };
}

/** A field following relationships of `type` that point at the parent, from sources of `target`'s type. */
export function incoming(name: string, type: RelationshipType, target: EntityDefinition<never>): RelationSpec {
  const pattern = (v: RelationVariables) =>
    `(${v.parent})<-[${v.rel}:${relType(type)}]-(${v.target}:${label(target.type)})`;
  return { name, pattern, bindsRelationship: true, target, during: (v, year) => heldInYear(v.rel, year) };
}

/**
 * A derived field over a longer path written in our code as a function of the parent and target variables, e.g. an
 * event's countries through the places it was held in; `condition` is an optional predicate over them, `during` one
 * for `asOf` (see RelationSpec). Edges of derived fields carry no relationship.
 */
export function derived(
  name: string,
  pattern: RelationSpec['pattern'],
  target: EntityDefinition<never>,
  condition?: RelationSpec['condition'],
  during?: RelationSpec['during'],
): RelationSpec {
  return { name, pattern, bindsRelationship: false, target, condition, during };
}
