import { FilterCompiler } from './entity-definition';
import { NodePattern, property } from './cypher-identifiers';

/*
 * Filters on whether a value is there at all (`hasCountry: false`, `hasDate: true`, issue 16): analysts ask for the
 * events with no country or the standards with no level, to complete them. Each filter is stated once as a Cypher
 * condition that holds when the value is present; `false` asks for its negation. The condition is never null (a
 * property test or an EXISTS), so NOT needs no coalesce.
 */

/** `hasX: true` → the condition; `hasX: false` → its negation. `condition` is fixed Cypher text of ours. */
export function presence(condition: (node: string) => string): FilterCompiler<boolean> {
  return (wanted, node) => (wanted ? condition(node) : `NOT ${condition(node)}`);
}

/** The stored property is set (not null). */
export function hasProperty(prop: string): FilterCompiler<boolean> {
  return presence((node) => `(${node}.${property(prop)} IS NOT NULL)`);
}

/**
 * A path from the node exists: `pattern` gives Cypher text of ours for the node variable (NodePattern), the same
 * pattern the matching value filter follows, so `hasCountry: false` returns exactly what no `countryCodes` can find.
 */
export function hasPath(pattern: NodePattern): FilterCompiler<boolean> {
  return presence((node) => `EXISTS { MATCH ${pattern(node)} }`);
}
