import { ENTITY_LABEL, EntityType, isEntityType } from '../domain/entity-types';
import { isRelationshipType, RelationshipType } from '../domain/relationship-types';

/*
 * The only way a label, relationship type or property name enters a Cypher string: each is checked against our own
 * allow-lists first. Values never enter Cypher text at all; they go in as parameters (see CypherParams).
 */

/** A label for Cypher text, e.g. `Event`; throws unless it is an entity type or the shared entity label. */
export function label(type: EntityType | typeof ENTITY_LABEL): string {
  if (type !== ENTITY_LABEL && !isEntityType(type)) throw new Error(`not an allowed label: ${String(type)}`);
  return type;
}

/** A relationship type for Cypher text, e.g. `HOSTED_BY`; throws unless it is in the allow-list. */
export function relType(type: RelationshipType): string {
  if (!isRelationshipType(type)) throw new Error(`not an allowed relationship type: ${String(type)}`);
  return type;
}

/** A property name for Cypher text; only camelCase identifiers that our code chose are accepted. */
export function property(name: string): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(name)) throw new Error(`not an allowed property name: ${name}`);
  return name;
}

/** Collects parameter values while a statement is composed; `add` returns the `$name` to write into the text. */
export class CypherParams {
  readonly values: Record<string, unknown> = {};
  private next = 0;

  constructor(private readonly prefix = 'p') {}

  /** Registers `value` and returns its placeholder, e.g. `$p3`. */
  add(value: unknown): string {
    const name = `${this.prefix}${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }
}

/**
 * The read side's one placeholder convention: fixed Cypher text of ours written as a function of the variable it is
 * about, e.g. `(node) => \`(${node})-[:HELD_IN]->(c:Country)\``. Builders call it with their own variable; nothing
 * is ever substituted into finished text. (cypher/*.cypher files hold whole statements with `$name` values only,
 * bound by db/cypher-files.ts `bindCypher`; the write side's `{{LABEL}}`/`{{TYPE}}` are explained there.)
 */
export type NodePattern = (node: string) => string;

/** A read statement ready to run: Cypher text and its parameter values (names made unique by the CypherParams). */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}
