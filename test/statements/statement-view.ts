import neo4j from 'neo4j-driver';
import { EntityType } from '../../src/domain/entity-types';
import { relationFieldsOf } from '../../src/entities/relationship-fields';
import { CypherParams, Statement } from '../../src/graph/cypher-identifiers';
import { RelationSpec } from '../../src/graph/relation-statement';

/*
 * Helpers of the no-database tier: statements are built by the pure builders of the read side and compared with
 * committed snapshots; values are shown in a stable, readable form.
 */

/** Fresh parameter names as one statement of a request gets them from the StatementBatcher (`s0_0`, ...). */
export function freshParams(): CypherParams {
  return new CypherParams('s0_');
}

/** A parameter value as the snapshot shows it: driver Integers as `int(n)`, driver Dates as `date(yyyy-mm-dd)`. */
function showValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int(${value.toString()})`;
  if (neo4j.isDate(value)) return `date(${value.toString()})`;
  if (Array.isArray(value)) return value.map(showValue);
  return value;
}

/** The statement for a snapshot: its Cypher text and its parameter values (shown with {@link showValue}). */
export function view(statement: Statement): { cypher: string; params: Record<string, unknown> } {
  return {
    cypher: statement.cypher,
    params: Object.fromEntries(Object.entries(statement.params).map(([name, value]) => [name, showValue(value)])),
  };
}

/**
 * Asserts that values reach Neo4j only as parameters: no client string occurs in the Cypher text, every `$name` in
 * the text has a value and every value is used by the text.
 * @param clientStrings the strings the request carried (ids, codes, text), each distinctive enough not to occur in
 *   our own Cypher by chance
 */
export function expectParameterised(statement: Statement, clientStrings: string[]): void {
  for (const text of clientStrings) expect(statement.cypher).not.toContain(text);
  const used = new Set([...statement.cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]));
  expect([...used].sort()).toEqual(Object.keys(statement.params).sort());
}

/** The spec of a declared relationship field, e.g. `specOf('Event', 'hostedBy')`. */
export function specOf(type: EntityType, field: string): RelationSpec {
  const found = relationFieldsOf(type).find((candidate) => candidate.field === field);
  if (!found) throw new Error(`no field ${type}.${field}`);
  return found.spec;
}
