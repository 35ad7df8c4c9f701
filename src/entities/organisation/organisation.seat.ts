/*
 * Where an organisation is seated, one rule for every question that asks it (its `country` field, a country's
 * `organisations`, the organisation, host and participant country filters): the country code the data states
 * (`countryCode`) when there is one; otherwise the country its current LOCATED_IN reaches, directly or through a city
 * and region. A LOCATED_IN with an `until` is a former seat and does not count: Cedefop was in Berlin until 1995 and
 * is in Thessaloniki, so it is Greek, not also German (found by the analyst audit: 20 of the 23 events "with German
 * participation" were Cedefop's). Fixed Cypher text; values arrive as parameters.
 */

/**
 * Cypher condition: organisation `org` is seated in the country node `country` (both variable names in scope).
 * @returns a boolean expression, parenthesised
 */
export function seatedInCountryNode(org: string, country: string): string {
  return `(${org}.countryCode = ${country}.code OR (${org}.countryCode IS NULL AND EXISTS { MATCH (${org})-[seat:LOCATED_IN]->()-[:LOCATED_IN*0..2]->(${country}) WHERE seat.until IS NULL }))`;
}

/**
 * Cypher condition: organisation `org` is seated in one of the countries whose upper-case ISO codes are in the list
 * parameter `codesParam` (e.g. `$p3`).
 * @returns a boolean expression, parenthesised
 */
export function seatedInCountryCodes(org: string, codesParam: string): string {
  return `(${org}.countryCode IN ${codesParam} OR (${org}.countryCode IS NULL AND EXISTS { MATCH (${org})-[seat:LOCATED_IN]->()-[:LOCATED_IN*0..2]->(seatCountry:Country) WHERE seat.until IS NULL AND seatCountry.code IN ${codesParam} }))`;
}
