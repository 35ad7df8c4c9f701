import { heldInYear, isDated } from '../../graph/as-of';
import { seatedInCountryCodes, seatedInCountryNode } from './organisation.seat';

/*
 * Where an organisation was seated in a given year. An organisation with a dated LOCATED_IN (one with a `since` or an
 * `until`) has a seat history: the locations held in that year decide (graph/as-of.ts), reached directly or through a
 * city and region. Cedefop was in Berlin until 1995 and is in Thessaloniki since 1995-09-01, so in 1990 it was
 * seated in Germany, in 2000 in Greece, and in 1995 in both. An organisation without a seat history is where the
 * timeless rule (organisation.seat.ts) puts it, in every year: its stated country code, else its location.
 */

/**
 * Cypher condition: organisation `org` was seated in the country node `country` in the year `yearParam`.
 * @returns a boolean expression, parenthesised
 */
export function seatedInCountryNodeAsOf(org: string, country: string, yearParam: string): string {
  return `(CASE WHEN ${hasSeatHistory(org)} THEN EXISTS { MATCH (${org})-[seatThen:LOCATED_IN]->()-[:LOCATED_IN*0..2]->(${country}) WHERE ${heldInYear('seatThen', yearParam)} } ELSE ${seatedInCountryNode(org, country)} END)`;
}

/**
 * Cypher condition: organisation `org` was seated, in the year `yearParam`, in one of the countries whose upper-case
 * ISO codes are in the list parameter `codesParam`.
 * @returns a boolean expression, parenthesised
 */
export function seatedInCountryCodesAsOf(org: string, codesParam: string, yearParam: string): string {
  return `(CASE WHEN ${hasSeatHistory(org)} THEN EXISTS { MATCH (${org})-[seatThen:LOCATED_IN]->()-[:LOCATED_IN*0..2]->(seatCountryThen:Country) WHERE ${heldInYear('seatThen', yearParam)} AND seatCountryThen.code IN ${codesParam} } ELSE ${seatedInCountryCodes(org, codesParam)} END)`;
}

/** Cypher condition: `org` has at least one dated LOCATED_IN. */
function hasSeatHistory(org: string): string {
  return `EXISTS { MATCH (${org})-[datedSeat:LOCATED_IN]->() WHERE ${isDated('datedSeat')} }`;
}
