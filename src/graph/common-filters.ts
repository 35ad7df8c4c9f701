import { foldText } from '../domain/text-folding';
import { label, NodePattern } from './cypher-identifiers';
import { ENTITY_LABEL } from '../domain/entity-types';
import { FilterAnchor, FilterCompiler } from './entity-definition';
import { property } from './cypher-identifiers';

/*
 * Filter compilers shared by several entity types. Each returns a Cypher predicate over the node variable, with
 * values as parameters; the patterns themselves are fixed text written here.
 */

/** `ids`: the node's id is one of the given ids. */
export const idIn: FilterCompiler<string[]> = (ids, node, params) => `${node}.id IN ${params.add(ids)}`;

/**
 * `nameContains`: the folded name, acronym, alternative or original name or label (searchKey) contains the folded text,
 * so case and
 * accents are ignored in every script ("liege" finds "Liège", "ліга" finds "Ліга"; field case F11).
 */
export const nameContains: FilterCompiler<string> = (text, node, params) =>
  `${node}.searchKey CONTAINS ${params.add(foldText(text.trim()))}`;

/** Anchor ranks (see FilterAnchor): a single entity by id is more selective than a country. */
const ONE_ENTITY_RANK = 1;
const COUNTRY_RANK = 2;

/** Attaches an anchor to a filter compiler. */
function anchored<V>(compiler: FilterCompiler<V>, anchor: FilterAnchor<V>): FilterCompiler<V> {
  return Object.assign(compiler, { anchor });
}

/** Marks a filter whose value is the id of a stored entity (see referencedIds). */
function referencing<V>(compiler: FilterCompiler<V>): FilterCompiler<V> {
  return Object.assign(compiler, { entityReference: true });
}

/** `relatedTo`: the node has a relationship, in either direction, with the entity of that id. */
export const relatedTo: FilterCompiler<string> = referencing(
  anchored(
    (id, node, params) =>
      `EXISTS { MATCH (${node})--(other:${label(ENTITY_LABEL)}) WHERE other.id = ${params.add(id)} }`,
    {
      rank: ONE_ENTITY_RANK,
      compile: (id, node, params) =>
        `MATCH (other:${label(ENTITY_LABEL)} {id: ${params.add(id)}}) MATCH (${node})--(other)`,
    },
  ),
);

/** The filters of every entity type's `where` (EntityWhere): by ids, by a part of the name, by a related entity. */
export const ENTITY_FILTERS = { ids: idIn, nameContains, relatedTo };

/** A lower bound on an integer property (e.g. `yearFrom` on `year`). */
export function atLeast(prop: string): FilterCompiler<number> {
  return (value, node, params) => `${node}.${property(prop)} >= ${params.add(value)}`;
}

/** An upper bound on an integer property (e.g. `yearTo` on `year`). */
export function atMost(prop: string): FilterCompiler<number> {
  return (value, node, params) => `${node}.${property(prop)} <= ${params.add(value)}`;
}

/** The property equals one of the given values (enum filters such as `kinds`). */
export function oneOf<T>(prop: string): FilterCompiler<T[]> {
  return (values, node, params) => `${node}.${property(prop)} IN ${params.add(values)}`;
}

/** The property equals the value. */
export function equals<T>(prop: string): FilterCompiler<T> {
  return (value, node, params) => `${node}.${property(prop)} = ${params.add(value)}`;
}

/**
 * A country filter through a fixed path: `pathToCountry` gives Cypher text from our code for the node variable (see
 * NodePattern), ending in `(c:Country)`. Codes are matched upper-cased.
 */
export function inCountries(pathToCountry: NodePattern): FilterCompiler<string[]> {
  const upper = (codes: string[]) => codes.map((code) => code.toUpperCase());
  return anchored(
    (codes, node, params) => `EXISTS { MATCH ${pathToCountry(node)} WHERE c.code IN ${params.add(upper(codes))} }`,
    {
      rank: COUNTRY_RANK,
      // The country is found by its unique code first, so the path is walked from it towards the nodes.
      compile: (codes, node, params) =>
        `MATCH (c:Country) WHERE c.code IN ${params.add(upper(codes))} MATCH ${pathToCountry(node)}`,
    },
  );
}

/** `countryCode` (one code) from a many-code filter; keeps its anchor. */
export function inCountry(many: FilterCompiler<string[]>): FilterCompiler<string> {
  const one: FilterCompiler<string> = (code, node, params) => many([code], node, params);
  return many.anchor
    ? anchored(one, {
        rank: many.anchor.rank,
        compile: (code, node, params) => many.anchor!.compile([code], node, params),
      })
    : one;
}

/** `relatedTo` through one relationship pattern: `pattern` gives it for the node variable, ending at `(other)`. */
export function linkedVia(pattern: NodePattern): FilterCompiler<string> {
  return referencing(
    anchored((id, node, params) => `EXISTS { MATCH ${pattern(node)} WHERE other.id = ${params.add(id)} }`, {
      rank: ONE_ENTITY_RANK,
      compile: (id, node, params) =>
        `MATCH (other:${label(ENTITY_LABEL)} {id: ${params.add(id)}}) MATCH ${pattern(node)}`,
    }),
  );
}
