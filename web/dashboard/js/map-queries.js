// The queries behind the map of Europe and a country's profile (issue 17, item 1). The map itself reuses the
// ranking's query (queries.js: countryRankingQuery), so the two show the same counts by the same rule.
import { intLiteral, stringLiteral } from './graphql.js';

/** An ISO 3166-1 alpha-2 code as our Country ids use it; anything else is refused rather than sent. */
function countryCode(code) {
  if (!/^[A-Z]{2}$/.test(code)) throw new Error('not an ISO 3166-1 alpha-2 country code');
  return code;
}

/**
 * One country's profile for `yearFrom`…`yearTo` (null: all years, undated included): events by year and
 * standards by level counted as the map counts them (stats, same rule), its organisations and working groups
 * (`asOf` the last year of a chosen range: who was seated there, who was a member then), and its timeline
 * (`timelineFrom`…`timelineTo`, which the API needs as years) for policy documents and memberships.
 */
export function countryProfileQuery(code, yearFrom, yearTo, timelineFrom, timelineTo) {
  const iso = countryCode(code);
  const codes = `countryCodes: [${stringLiteral(iso)}]`;
  const range = yearFrom === null ? '' : `, yearFrom: ${intLiteral(yearFrom)}, yearTo: ${intLiteral(yearTo)}`;
  const asOf = yearTo === null ? '' : `asOf: ${intLiteral(yearTo)}, `;
  return `# One country's profile (dashboard map)
query CountryProfile {
  country(id: ${stringLiteral(`country:${iso}`)}) {
    id
    code
    name
    organisations(${asOf}first: 8) { totalCount nodes { id name } }
    workingGroups(${asOf}first: 20) { totalCount nodes { id name } }
    timeline(from: ${intLiteral(timelineFrom)}, to: ${intLiteral(timelineTo)}) {
      year
      policyDocuments { id }
      membershipsStarted { group { id } }
      membershipsEnded { group { id } }
    }
  }
  stats {
    eventsByYear: counts(measure: EVENTS, groupBy: [YEAR], ${codes}${range}) { year count }
    standardsByLevel: counts(measure: COMPETENCE_STANDARDS, groupBy: [KIND], ${codes}${range}) { kind count }
    publications: counts(measure: PUBLICATIONS, groupBy: [COUNTRY], ${codes}${range}) { count }
  }
}`;
}
