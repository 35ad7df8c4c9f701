/*
 * "As of a year": whether a relationship held at some time in a given year, read from its `since` and `until` at the
 * precision they were stated. FORMAT.md gives them as a year ("2004", or the number 1998), a month ("2013-05") or a
 * day ("1995-09-01"); the `link` mutation stores the same partial dates as text. A relationship counts in every year
 * its span touches: `since: "2013-05"` counts in 2013, `until: "1995"` counts in 1995. A missing `since` or `until`
 * is open on that side (the data did not say when it began or ended). Fixed Cypher text; the year arrives as a
 * parameter.
 */

/**
 * Cypher expression: the year of a `since`/`until` value stored as a number, a partial ISO date text or a Date.
 * @param value a Cypher expression, e.g. `r.since`
 * @returns an integer expression, null for a missing or unreadable value
 */
export function yearOf(value: string): string {
  return `toInteger(left(toString(${value}), 4))`;
}

/**
 * Cypher condition: the relationship `rel` held at some time in the year `yearParam` (see the rule above). A value
 * that cannot be read as a year makes the condition null, so the relationship does not count (precision first).
 * @param rel a relationship variable in scope
 * @param yearParam a parameter name, e.g. `$p3`
 */
export function heldInYear(rel: string, yearParam: string): string {
  return `((${rel}.since IS NULL OR ${yearOf(`${rel}.since`)} <= ${yearParam}) AND (${rel}.until IS NULL OR ${yearOf(`${rel}.until`)} >= ${yearParam}))`;
}

/**
 * Cypher condition: the relationship `rel` is dated (has a `since` or an `until`).
 * @param rel a relationship variable in scope
 */
export function isDated(rel: string): string {
  return `(${rel}.since IS NOT NULL OR ${rel}.until IS NOT NULL)`;
}
