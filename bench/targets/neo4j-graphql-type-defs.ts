import { namedCypher } from '../../src/db/cypher-files';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationship-types';
import { neighbourhoodFragments } from '../../src/features/network/network.statements';

/*
 * Type definitions for @neo4j/graphql 7 over the SAME graph: the labels, properties and relationship types our
 * importer writes (src/domain), one `@node` type per entity type, one `@relationship` field per relationship field
 * of our API. What the library has no native feature for is a `@cypher` field, with the statement our API runs
 * (cypher/*.cypher) so both answer identically:
 *   - an event's countries through its places (`Event.countries`; our API derives it the same way),
 *   - full-text search across all entity types (the library's `@fulltext` is per type and ranks one label at a time),
 *   - the country × year cross-tab, the events-per-year series and the standards per country and level (the library
 *     aggregates counts per node, not grouped counts),
 *   - shortest paths and neighbourhoods (no path support in the library).
 */

const ALL_TYPES = RELATIONSHIP_TYPES.join('|');

/**
 * A node as a map with `__resolveType` (its entity label): nodes inside the maps a `@cypher` field returns are not
 * projected by the library, whose generated `Entity.__resolveType` reads that key (it adds it in its own projections).
 */
function typed(node: string): string {
  return `${node} {.*, __resolveType: head([l IN labels(${node}) WHERE l <> 'Entity'])}`;
}

/** The neighbourhood statement of our API (cypher/network.cypher) for depth 2 over every relationship type. */
function neighbourhoodDepth2(): string {
  const step = namedCypher('network.neighbourhoodStep');
  const fragments = neighbourhoodFragments(undefined);
  return [namedCypher('network.neighbourhoodStart'), step, step, namedCypher('network.neighbourhoodEnd')]
    .join('\n')
    .replace(/\{\{TYPES\}\}/g, fragments.TYPES)
    .replace(/\{\{HUB_PAIRS\}\}/g, fragments.HUB_PAIRS)
    .replace(
      /RETURN center, seen AS nodes, edges, truncated\s*$/,
      `RETURN {center: ${typed('center')}, nodes: [n IN seen | ${typed('n')}], edges: edges, truncated: truncated} AS result`,
    );
}

/** Our shortest-paths statement for up to 4 hops over every relationship type, one row per path. */
function shortestPaths4(): string {
  return [
    'MATCH (a:Entity {id: $from}), (b:Entity {id: $to})',
    `MATCH p = allShortestPaths((a)-[:${ALL_TYPES}*1..4]-(b))`,
    'WITH p LIMIT $first',
    `RETURN {length: length(p), nodes: [n IN nodes(p) | ${typed('n')}], relationships: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]} AS path`,
  ].join('\n');
}

const q = (cypher: string) => JSON.stringify(cypher);

/** The SDL handed to `new Neo4jGraphQL({ typeDefs })`. */
export function neo4jGraphQLTypeDefs(): string {
  const search = namedCypher('search.search')
    .replace(/RETURN node, score\nORDER BY/, 'WITH node, score ORDER BY')
    .replace(/LIMIT \$first\s*$/, `LIMIT $first RETURN {score: score, node: ${typed('node')}} AS hit`);
  // Our cross-tab statement of a measure (stats.cypher: the measure's kept counts, then the counts tail), one bucket a
  // row; the measure is written in (an @cypher statement's parameters are the field's arguments).
  const counts = (measure: string) => {
    const statement = `${namedCypher('stats.measureBuckets')}\n${namedCypher('stats.countsTail')}`;
    const returned = statement
      .replace(/\$measure\b/g, `'${measure}'`)
      .replace(
        /RETURN c\.code AS countryCode, c\.name AS countryName, year, kind, count\nORDER BY countryCode ASC, year ASC, kind ASC/,
        'WITH c.code AS countryCode, c.name AS countryName, year, kind, count ORDER BY countryCode ASC, year ASC, kind ASC RETURN {countryCode: countryCode, countryName: countryName, year: year, kind: kind, count: count} AS bucket',
      );
    if (!returned.endsWith('AS bucket')) throw new Error('stats.countsTail changed: the library target cannot wrap it');
    return returned;
  };
  // Our time series of a measure (stats.cypher: kept counts, then the zero-filled series), one year a row.
  const timeSeries = (measure: string) => {
    const statement = `${namedCypher('stats.measureBuckets')}\n${namedCypher('stats.timeSeriesTail')}`;
    const returned = statement
      .replace(/\$measure\b/g, `'${measure}'`)
      .replace(/\$countryCodes\b/g, 'null')
      .replace(/\$byCountry\b/g, 'false')
      .replace(
        /RETURN y AS year, (coalesce\(.*\)) AS count\nORDER BY year\s*$/,
        'WITH y, $1 AS count ORDER BY y RETURN {year: y, count: count} AS point',
      );
    if (!returned.endsWith('AS point'))
      throw new Error('stats.timeSeriesTail changed: the library target cannot wrap it');
    return returned;
  };
  // Our standards per country and level (stats.cypher), one row a map.
  const standardsByLevel = (() => {
    const returned = namedCypher('stats.standardsByCountryAndLevel').replace(
      /RETURN c\.code AS countryCode, c\.name AS countryName, level, count, firstYear, lastYear\nORDER BY countryCode ASC, level ASC\s*$/,
      'WITH c, level, count, firstYear, lastYear ORDER BY c.code ASC, level ASC RETURN {countryCode: c.code, countryName: c.name, level: level, count: count, firstYear: firstYear, lastYear: lastYear} AS row',
    );
    if (!returned.endsWith('AS row'))
      throw new Error('stats.standardsByCountryAndLevel changed: the library target cannot wrap it');
    return returned;
  })();
  const countArgs =
    'yearFrom: Int, yearTo: Int, countryCodes: [String!], byCountry: Boolean!, byYear: Boolean!, byKind: Boolean!';
  return /* GraphQL */ `
interface Entity {
  id: ID!
  name: String!
}

type Country implements Entity @node {
  id: ID!
  name: String!
  code: String
  places: [Place!]! @relationship(type: "LOCATED_IN", direction: IN)
  memberOf: [WorkingGroup!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")
  participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
}

type Membership @relationshipProperties {
  since: String
  until: String
}

type Place implements Entity @node {
  id: ID!
  name: String!
  kind: String
  countryCode: String
  country: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT)
  events: [Event!]! @relationship(type: "HELD_IN", direction: IN)
}

type Organisation implements Entity @node {
  id: ID!
  name: String!
  acronym: String
  kind: String
  countryCode: String
  founded: Int
  hostedEvents: [Event!]! @relationship(type: "HOSTED_BY", direction: IN)
  participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
  organisedEvents: [Event!]! @relationship(type: "ORGANISED_BY", direction: IN)
  places: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
  publications: [Publication!]! @relationship(type: "PUBLISHED_BY", direction: IN)
}

type WorkingGroup implements Entity @node {
  id: ID!
  name: String!
  framework: String
  startYear: Int
  endYear: Int
  events: [Event!]! @relationship(type: "ORGANISED_BY", direction: IN)
  coordinatedBy: [Organisation!]! @relationship(type: "COORDINATED_BY", direction: OUT)
  mandatedBy: [PolicyDocument!]! @relationship(type: "MANDATED_BY", direction: OUT)
  memberCountries: [Country!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
}

type Event implements Entity @node {
  id: ID!
  name: String!
  kind: String
  startDate: Date
  endDate: Date
  year: Int
  involvement: String
  url: String
  hostedBy: [Organisation!]! @relationship(type: "HOSTED_BY", direction: OUT)
  heldIn: [Place!]! @relationship(type: "HELD_IN", direction: OUT)
  heldInCountry: [Country!]! @relationship(type: "HELD_IN", direction: OUT)
  countries: [Country!]!
    @cypher(statement: "MATCH (this)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country) RETURN DISTINCT c", columnName: "c")
  participants: [Organisation!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
  participatingCountries: [Country!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
  workingGroups: [WorkingGroup!]! @relationship(type: "ORGANISED_BY", direction: OUT)
  topics: [Topic!]! @relationship(type: "ABOUT", direction: OUT)
}

type Publication implements Entity @node {
  id: ID!
  name: String!
  kind: String
  year: Int
  publishedBy: [Organisation!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
  analysesCountries: [Country!]! @relationship(type: "ANALYSES", direction: OUT)
}

type PolicyDocument implements Entity @node {
  id: ID!
  name: String!
  kind: String
  year: Int
  date: Date
}

type CompetenceStandard implements Entity @node {
  id: ID!
  name: String!
  level: String
  year: Int
  targetGroup: String
  appliesIn: [Country!]! @relationship(type: "APPLIES_IN", direction: OUT)
}

type Person implements Entity @node {
  id: ID!
  name: String!
  role: String
  worksFor: [Organisation!]! @relationship(type: "WORKS_FOR", direction: OUT)
}

type Topic implements Entity @node {
  id: ID!
  name: String!
}

type SearchHit {
  score: Float!
  node: Entity!
}

type CountBucket {
  countryCode: String
  countryName: String
  year: Int
  kind: String
  count: Int!
}

type YearCount {
  year: Int!
  count: Int!
}

type StandardsLevelBucket {
  countryCode: String
  countryName: String
  level: String
  count: Int!
  firstYear: Int
  lastYear: Int
}

type PathRelationship {
  type: String!
  from: ID!
  to: ID!
}

type GraphPath {
  length: Int!
  nodes: [Entity!]!
  relationships: [PathRelationship!]!
}

type Neighbourhood {
  center: Entity
  nodes: [Entity!]!
  edges: [PathRelationship!]!
  truncated: Boolean!
}

type Query {
  search(lucene: String!, folded: String!, labels: [String!]!, candidates: Int!, first: Int!): [SearchHit!]!
    @cypher(statement: ${q(search)}, columnName: "hit")
  eventCountsByCountryAndYear(${countArgs}): [CountBucket!]!
    @cypher(statement: ${q(counts('EVENTS'))}, columnName: "bucket")
  publicationCountsByCountryAndYear(${countArgs}): [CountBucket!]!
    @cypher(statement: ${q(counts('PUBLICATIONS'))}, columnName: "bucket")
  standardCountsByCountryAndYear(${countArgs}): [CountBucket!]!
    @cypher(statement: ${q(counts('COMPETENCE_STANDARDS'))}, columnName: "bucket")
  eventTimeSeries(yearFrom: Int!, yearTo: Int!): [YearCount!]!
    @cypher(statement: ${q(timeSeries('EVENTS'))}, columnName: "point")
  standardsByCountryAndLevel(yearFrom: Int, yearTo: Int): [StandardsLevelBucket!]!
    @cypher(statement: ${q(standardsByLevel)}, columnName: "row")
  shortestPaths(from: ID!, to: ID!, first: Int!): [GraphPath!]!
    @cypher(statement: ${q(shortestPaths4())}, columnName: "path")
  neighbourhood(id: ID!, limit: Int!, cap: Int!, edgeCap: Int!, hubDegree: Int!): Neighbourhood
    @cypher(statement: ${q(neighbourhoodDepth2())}, columnName: "result")
}
`;
}
