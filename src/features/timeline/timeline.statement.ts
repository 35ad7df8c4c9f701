import neo4j from 'neo4j-driver';
import { yearOf } from '../../graph/as-of';
import { CypherParams, Statement } from '../../graph/cypher-identifiers';
import { seatedInCountryNodeAsOf } from '../../entities/organisation/organisation.seat-as-of';

/*
 * What counts as happening in a country in a year, one rule per kind:
 * - events held there (directly or in a place within it; as Country.events), by their year (the start's);
 * - competence standards that apply there (APPLIES_IN), by their year;
 * - policy documents adopted by an organisation seated there in the document's year (organisation.seat-as-of.ts);
 * - memberships (MEMBER_OF) of the country, or of an organisation seated there in that year, by the year of their
 *   `since` (started) and of their `until` (ended), read at their precision (graph/as-of.ts).
 */
const TIMELINE = (country: string, from: string, to: string) => `
MATCH (c:Country {id: ${country}})
CALL (c) {
  MATCH (c)<-[:LOCATED_IN*0..2]-()<-[:HELD_IN]-(e:Event) WHERE e.year >= ${from} AND e.year <= ${to}
  RETURN DISTINCT 'EVENT' AS kind, e.year AS year, e AS node, null AS member, null AS rel
  UNION
  MATCH (c)<-[:APPLIES_IN]-(s:CompetenceStandard) WHERE s.year >= ${from} AND s.year <= ${to}
  RETURN DISTINCT 'STANDARD' AS kind, s.year AS year, s AS node, null AS member, null AS rel
  UNION
  MATCH (p:PolicyDocument)-[:ADOPTED_BY]->(o:Organisation) WHERE p.year >= ${from} AND p.year <= ${to} AND ${seatedInCountryNodeAsOf('o', 'c', 'p.year')}
  RETURN DISTINCT 'POLICY_DOCUMENT' AS kind, p.year AS year, p AS node, null AS member, null AS rel
  UNION
  MATCH (m)-[r:MEMBER_OF]->(g) WHERE (m = c OR m:Organisation) AND (r.since IS NOT NULL OR r.until IS NOT NULL)
  UNWIND [['MEMBERSHIP_STARTED', ${yearOf('r.since')}], ['MEMBERSHIP_ENDED', ${yearOf('r.until')}]] AS change
  WITH c, m, r, g, change[0] AS kind, change[1] AS year
  WHERE year >= ${from} AND year <= ${to} AND (m = c OR ${seatedInCountryNodeAsOf('m', 'c', 'year')})
  RETURN kind, year, g AS node, m AS member, r AS rel
}
RETURN kind, year, node, member, rel`;

/**
 * The statement of a country's timeline from `from` to `to` (years, both included); rows `kind`, `year`, `node`,
 * `member`, `rel` (see TIMELINE for what counts).
 * @param countryId the country's id, e.g. `country:PL` (an unknown id gives no rows)
 */
export function countryTimelineStatement(countryId: string, from: number, to: number, params: CypherParams): Statement {
  const cypher = TIMELINE(params.add(countryId), params.add(neo4j.int(from)), params.add(neo4j.int(to)));
  return { cypher, params: params.values };
}
