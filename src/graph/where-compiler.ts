import { BadUserInputError } from '../errors/api-errors';
import { CypherParams } from './cypher-identifiers';
import { FilterCompiler, FilterCompilers, SCOPE_FIELDS, WhereScope } from './entity-definition';

/** The logical operators every `where` input has. */
export interface LogicalWhere<W> {
  AND?: W[] | null;
  OR?: W[] | null;
  NOT?: W | null;
}

/**
 * Compiles a `where` input into one Cypher predicate over `node` (fields of one input are ANDed), or `undefined`
 * when it constrains nothing. Values only enter through `params`. Scope fields (`asOf`) are handed to the compilers
 * of their own input and the inputs nested in it (see WhereScope).
 * @param path the argument path used in error messages, e.g. `where`
 * @param outer the scope stated by the enclosing inputs
 * @throws BadUserInputError when a logical list is empty
 */
export function compileWhere<W extends LogicalWhere<W>>(
  where: W | null | undefined,
  compilers: FilterCompilers<W>,
  node: string,
  params: CypherParams,
  path = 'where',
  outer: WhereScope = {},
): string | undefined {
  if (!where) return undefined;
  const scope = scopeOf(where, outer);
  const terms: string[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null || isScopeField(key)) continue;
    if (key === 'AND' || key === 'OR') {
      const list = value as W[];
      if (list.length === 0) throw BadUserInputError.of(`${path}.${key}`, 'must list at least one condition');
      const parts = list.map(
        (inner, i) => compileWhere(inner, compilers, node, params, `${path}.${key}[${i}]`, scope) ?? 'true',
      );
      terms.push(`(${parts.join(key === 'AND' ? ' AND ' : ' OR ')})`);
    } else if (key === 'NOT') {
      const inner = compileWhere(value as W, compilers, node, params, `${path}.NOT`, scope);
      // A condition on a missing property is null in Cypher, and NOT null is null: without coalesce, NOT { yearFrom:
      // 1900 }
      // would drop the undated entities it should return.
      if (inner) terms.push(`NOT coalesce((${inner}), false)`);
    } else {
      const compile = (compilers as Record<string, FilterCompiler<unknown>>)[key];
      if (!compile) throw new Error(`no filter compiler for ${path}.${key}`);
      terms.push(compile(value, node, params, scope));
    }
  }
  return terms.length ? terms.join(' AND ') : undefined;
}

/** An entity id a `where` input names in a filter that follows a relationship to it, with the argument's path. */
export interface ReferencedId {
  path: string;
  id: string;
}

/**
 * The entity ids `where` names in its entity-reference filters (FilterCompiler.entityReference: `hostedBy`,
 * `relatedTo`, ...), inside AND, OR and NOT too, each with its argument path (`where.OR[1].hostedBy`).
 */
export function referencedIds<W extends LogicalWhere<W>>(
  where: W | null | undefined,
  compilers: FilterCompilers<W>,
  path = 'where',
): ReferencedId[] {
  if (!where) return [];
  const found: ReferencedId[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue;
    if (key === 'AND' || key === 'OR')
      (value as W[]).forEach((inner, i) => found.push(...referencedIds(inner, compilers, `${path}.${key}[${i}]`)));
    else if (key === 'NOT') found.push(...referencedIds(value as W, compilers, `${path}.NOT`));
    else if ((compilers as Record<string, FilterCompiler<unknown>>)[key]?.entityReference && typeof value === 'string')
      found.push({ path: `${path}.${key}`, id: value });
  }
  return found;
}

/** A list query's starting clauses (see FilterAnchor) and the part of `where` still to test. */
export interface AnchoredWhere<W> {
  /** MATCH clauses binding the node variable, possibly more than once and to nodes of other labels. */
  clauses: string;
  /** `where` without the field the clauses already state. */
  rest: W;
}

/**
 * Picks the most selective anchored field among the fields `where` ANDs at its top level (not inside OR or NOT,
 * where the condition does not bind every result) and compiles it, or `undefined` when no field has an anchor.
 * Values only enter through `params`.
 */
export function anchorWhere<W extends LogicalWhere<W>>(
  where: W | null | undefined,
  compilers: FilterCompilers<W>,
  node: string,
  params: CypherParams,
): AnchoredWhere<W> | undefined {
  if (!where) return undefined;
  const scope = scopeOf(where, {});
  let best: { key: string; rank: number; compiler: FilterCompiler<unknown> } | undefined;
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null || key === 'AND' || key === 'OR' || key === 'NOT' || isScopeField(key))
      continue;
    const compiler = (compilers as Record<string, FilterCompiler<unknown>>)[key];
    if (compiler?.anchor && (!best || compiler.anchor.rank < best.rank))
      best = { key, rank: compiler.anchor.rank, compiler };
  }
  if (!best) return undefined;
  const value = (where as Record<string, unknown>)[best.key];
  const rest = { ...where, [best.key]: undefined } as W;
  return { clauses: best.compiler.anchor!.compile(value, node, params, scope), rest };
}

/** The scope an input states, over the one it is nested in. */
function scopeOf(where: object, outer: WhereScope): WhereScope {
  const asOf = (where as { asOf?: number | null }).asOf;
  return asOf === undefined || asOf === null ? outer : { ...outer, asOf };
}

function isScopeField(key: string): boolean {
  return (SCOPE_FIELDS as readonly string[]).includes(key);
}
