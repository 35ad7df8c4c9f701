import neo4j from 'neo4j-driver';
import { ENTITY_LABEL } from '../domain/entity-types';
import { heldInYear } from './as-of';
import { label, CypherParams, NodePattern } from './cypher-identifiers';
import { FilterCompiler, WhereScope } from './entity-definition';

/*
 * Filter compilers that honour the `asOf` of their `where` input (WhereScope), and the `activeIn` filters of entity
 * lists. Patterns are fixed text written in our modules; values arrive as parameters.
 */

/** The scope's year as a parameter, or undefined when the input states none. */
export function asOfParam(scope: WhereScope | undefined, params: CypherParams): string | undefined {
  return scope?.asOf === undefined ? undefined : params.add(neo4j.int(scope.asOf));
}

/**
 * `relatedTo` through one dated relationship: `pattern` gives it for the node variable, binds the relationship to
 * `asOfRel` and ends at `(other)`, e.g. `(node) => \`(${node})-[asOfRel:MEMBER_OF]->(other)\``. With `asOf` in
 * scope, only a relationship that held in that
 * year counts (graph/as-of.ts). Anchored like `linkedVia`: a list query starts from the one entity.
 */
export function linkedViaAsOf(pattern: NodePattern): FilterCompiler<string> {
  const during = (scope: WhereScope | undefined, params: CypherParams) => {
    const year = asOfParam(scope, params);
    return year ? ` WHERE ${heldInYear('asOfRel', year)}` : '';
  };
  const compiler: FilterCompiler<string> = (id, node, params, scope) => {
    const idParam = params.add(id);
    const time = during(scope, params);
    return `EXISTS { MATCH ${pattern(node)}${time ? `${time} AND` : ' WHERE'} other.id = ${idParam} }`;
  };
  return Object.assign(compiler, {
    anchor: {
      rank: 1,
      compile: (id: string, node: string, params: CypherParams, scope?: WhereScope) =>
        `MATCH (other:${label(ENTITY_LABEL)} {id: ${params.add(id)}}) MATCH ${pattern(node)}${during(scope, params)}`,
    },
  });
}

/**
 * A country filter over seats that reads `asOf`: `timeless` and `asOf` build the seat condition for an organisation
 * variable and a list parameter of upper-case codes (and the year parameter), e.g. from organisation.seat.ts and
 * organisation.seat-as-of.ts.
 */
export function seatFilter(
  timeless: (org: string, codesParam: string) => string,
  asOf: (org: string, codesParam: string, yearParam: string) => string,
): FilterCompiler<string[]> {
  return (codes, node, params, scope) => {
    const codesParam = params.add(codes.map((code) => code.toUpperCase()));
    const year = asOfParam(scope, params);
    return year ? asOf(node, codesParam, year) : timeless(node, codesParam);
  };
}

/**
 * `activeIn` of events: held in that year (its `year`, or a span from startDate to endDate that includes the year).
 * Events without any date are not counted.
 */
export const eventActiveIn: FilterCompiler<number> = (year, node, params) => {
  const y = params.add(neo4j.int(year));
  return `(${node}.year = ${y} OR (${node}.startDate IS NOT NULL AND ${node}.startDate.year <= ${y} AND coalesce(${node}.endDate, ${node}.startDate).year >= ${y}))`;
};

/**
 * `activeIn` of working groups: their span from startYear to endYear includes the year, a missing end open (still
 * running, or the end not known) and a missing start open; a group with neither year is not counted (nothing known).
 */
export const spanActiveIn: FilterCompiler<number> = (year, node, params) => {
  const y = params.add(neo4j.int(year));
  return `((${node}.startYear IS NOT NULL OR ${node}.endYear IS NOT NULL) AND coalesce(${node}.startYear <= ${y}, true) AND coalesce(${node}.endYear >= ${y}, true))`;
};

/** `activeIn` of policy documents: adopted in that year or before (documents without a year are not counted). */
export const adoptedByYear: FilterCompiler<number> = (year, node, params) =>
  `${node}.year <= ${params.add(neo4j.int(year))}`;
