// The GraphQL queries behind the dashboard, one builder each. Arguments are written into the query text as literals
// (see graphql.js), so the "Open in IDE" link of a chart shows exactly what the chart ran.
import { intLiteral, stringLiteral } from './graphql.js';

/** Events per year (zero-filled series for the axis) and per year and kind (the stacks). */
export function eventsPerYearQuery() {
  return `# Events per year, stacked by kind (dashboard chart)
query EventsPerYearByKind {
  stats {
    years: timeSeries(measure: EVENTS) { year count }
    byYearAndKind: counts(measure: EVENTS, groupBy: [YEAR, KIND]) { year kind count }
  }
}`;
}

/** First and last years with data for the ranking's measures (the slider's bounds). */
export function yearBoundsQuery() {
  return `query YearBounds {
  stats {
    events: timeSeries(measure: EVENTS) { year }
    publications: timeSeries(measure: PUBLICATIONS) { year }
    standards: timeSeries(measure: COMPETENCE_STANDARDS) { year }
  }
}`;
}

/** Events, publications and competence standards per country; `null` years mean no year filter (undated included). */
export function countryRankingQuery(yearFrom, yearTo) {
  const range = yearFrom === null ? '' : `, yearFrom: ${intLiteral(yearFrom)}, yearTo: ${intLiteral(yearTo)}`;
  return `# Events, publications and trainers' competence standards per country (dashboard ranking)
query CountryRanking {
  stats {
    events: counts(measure: EVENTS, groupBy: [COUNTRY]${range}) { countryCode countryName count }
    publications: counts(measure: PUBLICATIONS, groupBy: [COUNTRY]${range}) { countryCode countryName count }
    standards: counts(measure: COMPETENCE_STANDARDS, groupBy: [COUNTRY]${range}) { countryCode countryName count }
  }
}`;
}

/** Trainers' competence standards per country and level. */
export function standardsByLevelQuery() {
  return `# Competence standards for trainers per country and level (dashboard chart)
query StandardsByCountryAndLevel {
  stats {
    standardsByCountryAndLevel { countryCode countryName level count firstYear }
  }
}`;
}

/** The entities one relationship away from `id` and the relationships among them. */
export function neighbourhoodQuery(id, limit) {
  return `# The neighbourhood of one entity (dashboard network)
query Neighbourhood {
  neighbourhood(id: ${stringLiteral(id)}, depth: 1, limit: ${intLiteral(limit)}) {
    center { __typename id name }
    nodes { __typename id name }
    edges { type from to }
    truncated
  }
}`;
}

/** The most active organisation, where the network starts when no entity is asked for. */
export function topOrganisationQuery() {
  return `query MostActiveOrganisation {
  stats { topOrganisations(activity: ANY, first: 1) { organisation { id name } count } }
}`;
}

/** Ranked full-text search, optionally of one entity type (enum EntityType). */
export function searchQuery(text, typeEnum, first) {
  if (typeEnum && !/^[A-Z_]+$/.test(typeEnum)) throw new Error(`not an entity type: ${typeEnum}`);
  const types = typeEnum ? `, types: [${typeEnum}]` : '';
  return `# Full-text search over names, acronyms, alternative names and titles (dashboard search)
query Search {
  search(query: ${stringLiteral(text)}${types}, first: ${intLiteral(first)}) {
    score
    node { __typename id name }
  }
}`;
}

/** One entity's common fields, for the IDE link of the network's selected node. */
export function nodeQuery(id) {
  return `query Entity {
  node(id: ${stringLiteral(id)}) {
    __typename
    id
    name
    sources
    attributes
  }
}`;
}

/** How many entities of the main kinds the graph holds (the figures under the page title). */
export function keyFiguresQuery() {
  return `# How many entities of each main kind the graph holds (dashboard key figures)
query KeyFigures {
  events(first: 1) { totalCount }
  organisations(first: 1) { totalCount }
  publications(first: 1) { totalCount }
  competenceStandards(first: 1) { totalCount }
  policyDocuments(first: 1) { totalCount }
  countries(first: 1) { totalCount }
}`;
}
