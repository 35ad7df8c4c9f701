import { foldText } from '../domain/text-folding';
import { label } from './cypher-identifiers';
import { ENTITY_LABEL } from '../domain/entity-types';
import { FilterCompiler } from './entity-definition';
import { property } from './cypher-identifiers';

/*
 * Filter compilers shared by several entity types. Each returns a Cypher predicate over the node variable, with
 * values as parameters; the patterns themselves are fixed text written here.
 */

/** `ids`: the node's id is one of the given ids. */
export const idIn: FilterCompiler<string[]> = (ids, node, params) => `${node}.id IN ${params.add(ids)}`;

/**
 * `nameContains`: the folded name, acronym, alternative or original name contains the folded text, so case and
 * accents are ignored in every script ("liege" finds "Liège", "ліга" finds "Ліга"; field case F11).
 */
export const nameContains: FilterCompiler<string> = (text, node, params) =>
  `${node}.searchKey CONTAINS ${params.add(foldText(text.trim()))}`;

/** `relatedTo`: the node has a relationship, in either direction, with the entity of that id. */
export const relatedTo: FilterCompiler<string> = (id, node, params) =>
  `EXISTS { MATCH (${node})--(other:${label(ENTITY_LABEL)}) WHERE other.id = ${params.add(id)} }`;

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
 * A country filter through a fixed path: `pathToCountry` is Cypher text from our code with `NODE` standing for the
 * node variable and ending in `(c:Country)`. Codes are matched upper-cased.
 */
export function inCountries(pathToCountry: string): FilterCompiler<string[]> {
  return (codes, node, params) =>
    `EXISTS { MATCH ${pathToCountry.replace(/NODE/g, node)} WHERE c.code IN ${params.add(codes.map((code) => code.toUpperCase()))} }`;
}

/** `countryCode` (one code) from a many-code filter. */
export function inCountry(many: FilterCompiler<string[]>): FilterCompiler<string> {
  return (code, node, params) => many([code], node, params);
}

/** `relatedTo` through one relationship pattern: `pattern` has NODE and ends at `(other)`. */
export function linkedVia(pattern: string): FilterCompiler<string> {
  return (id, node, params) => `EXISTS { MATCH ${pattern.replace(/NODE/g, node)} WHERE other.id = ${params.add(id)} }`;
}
