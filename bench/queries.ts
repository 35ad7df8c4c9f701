import { namedCypher } from '../src/db/cypher-files';
import { RELATIONSHIP_TYPES } from '../src/domain/relationship-types';
import { neighbourhoodFragments } from '../src/features/network/network.statements';
import { foldText } from '../src/domain/text-folding';
import { encodeCursor } from '../src/graph/keyset';
import { luceneQuery, searchTerms } from '../src/features/search/lucene-query';

/*
 * The analyst queries of the benchmark, each written three ways that must give the same answer:
 * `ours` (our GraphQL API), `neo4jGraphql` (@neo4j/graphql 7 over the same graph, bench/targets) and `raw` (one
 * hand-written Cypher statement through the driver: the floor). `normalise` maps each answer to one canonical
 * value; the bench compares those before it times anything.
 */

/** The values the queries are asked with, picked from the loaded graph (see pickParameterSets). */
export interface QueryParameters {
  lookupEventId: string;
  countryCode: string;
  yearFrom: number;
  yearTo: number;
  workingGroupId: string;
  searchText: string;
  pathFrom: string;
  pathTo: string;
  neighbourhoodId: string;
  /** 100 event ids spread over the id range, for a gateway's `_entities` batch. */
  entityEventIds: string[];
  /** The event a deep page starts after, in (startDate, id) order, and how many come before it. */
  deepPageAfter: { startDate: string; id: string; offset: number };
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface CypherRequest {
  cypher: string;
  params: Record<string, unknown>;
}

export interface BenchQuery {
  /** Short name used in URLs, results and tables. */
  name: string;
  title: string;
  /** True for a lookup that an index answers (the M-vs-S target applies to these). */
  indexedLookup: boolean;
  /**
   * `translation`: the library translates the query into its own Cypher, so the cell compares two translations;
   * `overhead`: the library runs our statement in a `@cypher` field (it has no such feature), so the cell measures
   * only each server's per-request cost (issue 15: reported apart, with a lower goal).
   */
  comparison: 'translation' | 'overhead';
  ours(p: QueryParameters): GraphQLRequest;
  neo4jGraphql(p: QueryParameters): GraphQLRequest;
  raw(p: QueryParameters): CypherRequest;
  /** Canonical forms of the three answers (`data` of a GraphQL response; rows of the raw statement). */
  normalise: {
    ours(data: any): unknown;
    neo4jGraphql(data: any): unknown;
    raw(rows: any[]): unknown;
  };
}

/**
 * A weighted mix of the queries above, sent in turn from every connection: what a visit to the product sends rather
 * than one request repeated. Its answers are checked query by query; its throughput counts every request of the mix.
 */
export interface BenchMix {
  name: string;
  title: string;
  /** Each query of QUERIES by name, and how many of its requests a visit sends per parameter set. */
  parts: Array<{ query: string; weight: number }>;
}

/**
 * An analyst's visit (issue 15, item 3): the dashboard's first screen (key figures, the events-per-year chart, the
 * country ranking, the standards chart: one request each), then exploring: searches, lookups of what was found, a
 * country's events with their hosts, a working group's events and their hosts' others, a page deep in the list, a
 * filtered count, a neighbourhood and a path. The weights are ours (no traffic log exists yet): 22 requests a visit.
 */
export const MIXES: BenchMix[] = [
  {
    name: 'analyst-visit',
    title: "An analyst's visit: the dashboard's four requests, then searches, lookups and traversals (22 requests)",
    parts: [
      { query: 'key-figures', weight: 1 },
      { query: 'events-per-year-by-kind', weight: 1 },
      { query: 'country-ranking', weight: 1 },
      { query: 'standards-by-level', weight: 1 },
      { query: 'search', weight: 4 },
      { query: 'lookup', weight: 6 },
      { query: 'nested-list', weight: 2 },
      { query: 'deep-traversal', weight: 1 },
      { query: 'deep-page', weight: 1 },
      { query: 'filtered-count', weight: 1 },
      { query: 'neighbourhood', weight: 2 },
      { query: 'paths', weight: 1 },
    ],
  },
];

type Named = { id: string; name: string };
/**
 * The floor's rows of a measure's kept counts (cypher/counts.cypher) in the years ($from, $to): `countryId` and
 * `count` per country (null for the items with none), from the COUNTRY and NONE cells. Since 2026-12-07 the aggregates read the
 * counts every write keeps; the best statement a person would write reads them too. (Before, over the items, the floor
 * expanded from the countries with `USING JOIN ON e`: 29,011 db hits at S and 247,542 at M.)
 */
const floorBuckets = (measure: string, byYear: boolean) => `MATCH (b:CountBucket {measure: '${measure}'})
  WHERE b.scope IN ['COUNTRY', 'NONE'] AND b.count > 0 AND b.year >= $from AND b.year <= $to
  WITH b.countryId AS countryId, ${byYear ? 'b.year AS year, ' : ''}sum(b.count) AS count
  OPTIONAL MATCH (c:Country {id: countryId})`;
/** The years the aggregate queries ask for: the parameter set's range widened to reach beyond its events. */
const yearWindow = (p: { yearFrom: number; yearTo: number }) => ({ from: p.yearFrom - 5, to: p.yearTo + 2 });
/** The measures of the dashboard's country ranking: response key, our measure, the library's `@cypher` field. */
const RANKED = [
  { key: 'events', measure: 'EVENTS', library: 'eventCountsByCountryAndYear' },
  { key: 'publications', measure: 'PUBLICATIONS', library: 'publicationCountsByCountryAndYear' },
  { key: 'standards', measure: 'COMPETENCE_STANDARDS', library: 'standardCountsByCountryAndYear' },
];
/** The six totals of the dashboard's key figures, by root field. */
const KEY_FIGURES = ['events', 'organisations', 'publications', 'competenceStandards', 'policyDocuments', 'countries'];
const named = (n: Named) => ({ id: n.id, name: n.name });
const nodesOf = (connection: { nodes: any[] }) => connection.nodes;

export const QUERIES: BenchQuery[] = [
  {
    name: 'lookup',
    title: 'Indexed lookup: one event by id',
    indexedLookup: true,
    comparison: 'translation',
    ours: (p) => ({
      query: 'query Lookup($id: ID!) { event(id: $id) { id name kind startDate year } }',
      variables: { id: p.lookupEventId },
    }),
    neo4jGraphql: (p) => ({
      query: 'query Lookup($id: ID!) { events(where: { id: { eq: $id } }) { id name kind startDate year } }',
      variables: { id: p.lookupEventId },
    }),
    raw: (p) => ({
      cypher:
        'MATCH (e:Event {id: $id}) RETURN e.id AS id, e.name AS name, e.kind AS kind, toString(e.startDate) AS startDate, e.year AS year',
      params: { id: p.lookupEventId },
    }),
    normalise: {
      ours: (d) => d.event,
      neo4jGraphql: (d) => d.events[0] ?? null,
      raw: (rows) => rows[0] ?? null,
    },
  },
  {
    name: 'entities-100',
    title: "A gateway's batch: 100 events by key (`_entities`)",
    indexedLookup: true,
    comparison: 'translation',
    ours: (p) => ({
      query: 'query Entities($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id name year } } }',
      variables: { r: p.entityEventIds.map((id) => ({ __typename: 'Event', id })) },
    }),
    neo4jGraphql: (p) => ({
      query: 'query Entities($ids: [ID!]!) { events(where: { id: { in: $ids } }) { id name year } }',
      variables: { ids: p.entityEventIds },
    }),
    raw: (p) => ({
      cypher: 'MATCH (e:Event) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name, e.year AS year',
      params: { ids: p.entityEventIds },
    }),
    normalise: {
      ours: (d) => byId(d._entities),
      neo4jGraphql: (d) => byId(d.events),
      raw: (rows) => byId(rows),
    },
  },
  {
    name: 'filtered-count',
    title: 'How many events in a year range (`totalCount` of a filtered list)',
    indexedLookup: false,
    comparison: 'translation',
    ours: (p) => ({
      query:
        'query Count($from: Int!, $to: Int!) { events(where: { yearFrom: $from, yearTo: $to }, first: 0) { totalCount } }',
      variables: { from: p.yearFrom, to: p.yearTo },
    }),
    neo4jGraphql: (p) => ({
      query:
        'query Count($from: Int!, $to: Int!) { eventsConnection(where: { year: { gte: $from, lte: $to } }) { totalCount } }',
      variables: { from: p.yearFrom, to: p.yearTo },
    }),
    raw: (p) => ({
      cypher: 'MATCH (e:Event) WHERE e.year >= $from AND e.year <= $to RETURN count(e) AS totalCount',
      params: { from: p.yearFrom, to: p.yearTo },
    }),
    normalise: {
      ours: (d) => d.events.totalCount,
      neo4jGraphql: (d) => d.eventsConnection.totalCount,
      raw: (rows) => Number(rows[0].totalCount),
    },
  },
  {
    name: 'key-figures',
    title: "The dashboard's key figures: six totals in one request (multi-root)",
    indexedLookup: false,
    comparison: 'translation',
    // The request the dashboard sends (web/dashboard/js/queries.js, keyFiguresQuery), with its six root fields.
    ours: () => ({
      query: `query KeyFigures {\n${KEY_FIGURES.map((key) => `  ${key}(first: 1) { totalCount }`).join('\n')}\n}`,
      variables: {},
    }),
    neo4jGraphql: () => ({
      query: `query KeyFigures {\n${KEY_FIGURES.map((key) => `  ${key}Connection { totalCount }`).join('\n')}\n}`,
      variables: {},
    }),
    raw: () => ({
      // One statement; each count is read from Neo4j's count store (PROFILE: NodeCountFromCountStore).
      cypher: `CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Organisation) RETURN count(n) AS organisations }
CALL () { MATCH (n:Publication) RETURN count(n) AS publications }
CALL () { MATCH (n:CompetenceStandard) RETURN count(n) AS competenceStandards }
CALL () { MATCH (n:PolicyDocument) RETURN count(n) AS policyDocuments }
CALL () { MATCH (n:Country) RETURN count(n) AS countries }
RETURN events, organisations, publications, competenceStandards, policyDocuments, countries`,
      params: {},
    }),
    normalise: {
      ours: (d) => KEY_FIGURES.map((key) => d[key].totalCount),
      neo4jGraphql: (d) => KEY_FIGURES.map((key) => d[`${key}Connection`].totalCount),
      raw: (rows) => KEY_FIGURES.map((key) => Number(rows[0][key])),
    },
  },
  {
    name: 'deep-page',
    title: 'A page of 20 events deep in the list (after the first event of 2014, by start date)',
    indexedLookup: false,
    comparison: 'translation',
    ours: (p) => ({
      query: `query DeepPage($after: String!) {
  events(first: 20, after: $after, orderBy: { field: START_DATE, direction: ASC }) { nodes { id name startDate } }
}`,
      variables: {
        after: encodeCursor({ sortProperty: 'startDate', value: p.deepPageAfter.startDate, id: p.deepPageAfter.id }),
      },
    }),
    neo4jGraphql: (p) => ({
      // The library's best form: a list with offset and limit. Its connection (cursors are offsets, graphql-relay's
      // "arrayconnection:<n>") ran out of transaction memory on this page at S (716.8 MiB limit of a 1g heap).
      query: `query DeepPage($offset: Int!) {
  events(offset: $offset, limit: 20, sort: [{ startDate: ASC }, { id: ASC }]) { id name startDate }
}`,
      variables: { offset: p.deepPageAfter.offset + 1 },
    }),
    raw: (p) => ({
      // The closed range lets Neo4j seek the start-date index from the cursor and stop after 20 rows (PROFILE: a
      // NodeIndexSeekByRange and a PartialTop); the plain OR of the two cases sorted every later event.
      cypher: `MATCH (e:Event)
WHERE e.startDate >= date($startDate) AND (e.startDate > date($startDate) OR e.id > $id)
RETURN e.id AS id, e.name AS name, toString(e.startDate) AS startDate
ORDER BY e.startDate, e.id LIMIT 20`,
      params: { startDate: p.deepPageAfter.startDate, id: p.deepPageAfter.id },
    }),
    normalise: {
      ours: (d) => nodesOf(d.events).map((e) => ({ id: e.id, name: e.name, startDate: e.startDate })),
      neo4jGraphql: (d) => d.events.map((e: any) => ({ id: e.id, name: e.name, startDate: e.startDate })),
      raw: (rows) => rows.map((r) => ({ id: r.id, name: r.name, startDate: r.startDate })),
    },
  },
  {
    name: 'nested-list',
    title: 'Events in a country and year range, with hosts, places and countries',
    indexedLookup: false,
    comparison: 'translation',
    ours: (p) => ({
      query: `query NestedList($code: String!, $from: Int!, $to: Int!) {
  events(where: { countryCode: $code, yearFrom: $from, yearTo: $to }, first: 25) {
    nodes {
      id name kind startDate
      hostedBy(first: 10) { nodes { id name } }
      heldIn { nodes { id name } }
      countries { nodes { code } }
    }
  }
}`,
      variables: { code: p.countryCode, from: p.yearFrom, to: p.yearTo },
    }),
    neo4jGraphql: (p) => ({
      query: `query NestedList($code: String!, $from: Int!, $to: Int!) {
  events(
    where: {
      year: { gte: $from, lte: $to }
      OR: [
        { heldIn: { some: { country: { some: { code: { eq: $code } } } } } }
        { heldInCountry: { some: { code: { eq: $code } } } }
      ]
    }
    sort: [{ startDate: ASC }, { id: ASC }]
    limit: 25
  ) {
    id name kind startDate
    hostedBy(sort: [{ name: ASC }, { id: ASC }], limit: 10) { id name }
    heldIn(sort: [{ name: ASC }, { id: ASC }]) { id name }
    countries { code }
  }
}`,
      variables: { code: p.countryCode, from: p.yearFrom, to: p.yearTo },
    }),
    raw: (p) => ({
      // From the country, as a person would write it (and as ours starts): its places, their events, then the years.
      cypher: `MATCH (c:Country {code: $code})<-[:LOCATED_IN*0..2]-()<-[:HELD_IN]-(e:Event)
WHERE e.year >= $from AND e.year <= $to
WITH DISTINCT e ORDER BY e.startDate, e.id LIMIT 25
RETURN e.id AS id, e.name AS name, e.kind AS kind, toString(e.startDate) AS startDate,
  COLLECT { MATCH (e)-[:HOSTED_BY]->(o:Organisation) WITH o ORDER BY o.name, o.id LIMIT 10 RETURN o {.id, .name} } AS hostedBy,
  COLLECT { MATCH (e)-[:HELD_IN]->(pl:Place) WITH pl ORDER BY pl.name, pl.id RETURN pl {.id, .name} } AS heldIn,
  COLLECT { MATCH (e)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country) RETURN DISTINCT c.code } AS countries`,
      params: { code: p.countryCode, from: p.yearFrom, to: p.yearTo },
    }),
    normalise: {
      ours: (d) =>
        nodesOf(d.events).map((e) =>
          eventRow(
            e,
            nodesOf(e.hostedBy),
            nodesOf(e.heldIn),
            nodesOf(e.countries).map((c) => c.code),
          ),
        ),
      neo4jGraphql: (d) =>
        d.events.map((e: any) =>
          eventRow(
            e,
            e.hostedBy,
            e.heldIn,
            e.countries.map((c: any) => c.code),
          ),
        ),
      raw: (rows) => rows.map((e) => eventRow(e, e.hostedBy, e.heldIn, e.countries)),
    },
  },
  {
    name: 'deep-traversal',
    title: "Working group → its first events → their hosts → each host's latest hosted events",
    indexedLookup: false,
    comparison: 'translation',
    ours: (p) => ({
      query: `query Deep($id: ID!) {
  workingGroup(id: $id) {
    id name
    events(first: 10) {
      nodes {
        id name startDate
        hostedBy(first: 5) {
          nodes {
            id name
            hostedEvents(first: 5, orderBy: { field: START_DATE, direction: DESC }) { nodes { id name startDate } }
          }
        }
      }
    }
  }
}`,
      variables: { id: p.workingGroupId },
    }),
    neo4jGraphql: (p) => ({
      query: `query Deep($id: ID!) {
  workingGroups(where: { id: { eq: $id } }) {
    id name
    events(sort: [{ startDate: ASC }, { id: ASC }], limit: 10) {
      id name startDate
      hostedBy(sort: [{ name: ASC }, { id: ASC }], limit: 5) {
        id name
        hostedEvents(sort: [{ startDate: DESC }, { id: ASC }], limit: 5) { id name startDate }
      }
    }
  }
}`,
      variables: { id: p.workingGroupId },
    }),
    raw: (p) => ({
      cypher: `MATCH (wg:WorkingGroup {id: $id})
RETURN wg.id AS id, wg.name AS name, COLLECT {
  MATCH (wg)<-[:ORGANISED_BY]-(e:Event)
  WITH e ORDER BY e.startDate, e.id LIMIT 10
  RETURN e {.id, .name, startDate: toString(e.startDate), hostedBy: COLLECT {
    MATCH (e)-[:HOSTED_BY]->(o:Organisation)
    WITH o ORDER BY o.name, o.id LIMIT 5
    RETURN o {.id, .name, hostedEvents: COLLECT {
      MATCH (o)<-[:HOSTED_BY]-(x:Event)
      WITH x ORDER BY x.startDate DESC, x.id LIMIT 5
      RETURN x {.id, .name, startDate: toString(x.startDate)}
    }}
  }}
} AS events`,
      params: { id: p.workingGroupId },
    }),
    normalise: {
      ours: (d) =>
        deepRow(
          d.workingGroup,
          (wg) => nodesOf(wg.events),
          (e) => nodesOf(e.hostedBy),
          (o) => nodesOf(o.hostedEvents),
        ),
      neo4jGraphql: (d) =>
        deepRow(
          d.workingGroups[0],
          (wg) => wg.events,
          (e) => e.hostedBy,
          (o) => o.hostedEvents,
        ),
      raw: (rows) =>
        deepRow(
          rows[0],
          (wg) => wg.events,
          (e) => e.hostedBy,
          (o) => o.hostedEvents,
        ),
    },
  },
  {
    name: 'search',
    title: 'Full-text search across all entity types',
    indexedLookup: false,
    comparison: 'overhead',
    ours: (p) => ({
      query: 'query Search($q: String!) { search(query: $q, first: 20) { score node { __typename id name } } }',
      variables: { q: p.searchText },
    }),
    neo4jGraphql: (p) => ({
      query: `query Search($lucene: String!, $folded: String!, $labels: [String!]!) {
  search(lucene: $lucene, folded: $folded, labels: $labels, candidates: 60, first: 20) { score node { __typename id name } }
}`,
      variables: searchVariables(p.searchText),
    }),
    raw: (p) => ({
      cypher: namedCypher('search.search'),
      params: { ...searchVariables(p.searchText), candidates: 60, first: 20 },
    }),
    normalise: {
      ours: (d) => d.search.map((hit: any) => searchRow(hit.node.__typename, hit.node, hit.score)),
      neo4jGraphql: (d) => d.search.map((hit: any) => searchRow(hit.node.__typename, hit.node, hit.score)),
      raw: (rows) =>
        rows.map((row) =>
          searchRow(
            row.node.labels.find((l: string) => l !== 'Entity'),
            row.node.properties,
            row.score,
          ),
        ),
    },
  },
  {
    name: 'cross-tab',
    title: 'Events per country × year in a year range',
    indexedLookup: false,
    comparison: 'overhead',
    ours: (p) => ({
      query: `query CrossTab($from: Int!, $to: Int!) {
  stats { counts(measure: EVENTS, groupBy: [COUNTRY, YEAR], yearFrom: $from, yearTo: $to) { countryCode year count } }
}`,
      variables: yearWindow(p),
    }),
    neo4jGraphql: (p) => ({
      query: `query CrossTab($from: Int!, $to: Int!) {
  eventCountsByCountryAndYear(yearFrom: $from, yearTo: $to, byCountry: true, byYear: true, byKind: false) { countryCode year count }
}`,
      variables: yearWindow(p),
    }),
    raw: (p) => ({
      cypher: `${floorBuckets('EVENTS', true)}
RETURN c.code AS countryCode, year, count
ORDER BY countryCode, year`,
      params: yearWindow(p),
    }),
    normalise: {
      ours: (d) => crossTab(d.stats.counts),
      neo4jGraphql: (d) => crossTab(d.eventCountsByCountryAndYear),
      raw: (rows) => crossTab(rows),
    },
  },
  {
    name: 'country-ranking',
    title: "The dashboard's country ranking: events, publications and standards per country in one request",
    indexedLookup: false,
    comparison: 'overhead',
    // The request the dashboard's ranking and map send (web/dashboard/js/queries.js, countryRankingQuery).
    ours: (p) => ({
      query: `query CountryRanking($from: Int!, $to: Int!) {
  stats {
${RANKED.map((m) => `    ${m.key}: counts(measure: ${m.measure}, groupBy: [COUNTRY], yearFrom: $from, yearTo: $to) { countryCode countryName count }`).join('\n')}
  }
}`,
      variables: yearWindow(p),
    }),
    neo4jGraphql: (p) => ({
      query: `query CountryRanking($from: Int!, $to: Int!) {
${RANKED.map((m) => `  ${m.key}: ${m.library}(yearFrom: $from, yearTo: $to, byCountry: true, byYear: false, byKind: false) { countryCode countryName count }`).join('\n')}
}`,
      variables: yearWindow(p),
    }),
    raw: (p) => ({
      // One statement, a subquery per measure; an item without a country counts in the null bucket, as ours does.
      cypher: `${RANKED.map(
        (m) => `CALL () {
  ${floorBuckets(m.measure, false)}
  RETURN collect({countryCode: c.code, countryName: c.name, count: count}) AS ${m.key}
}`,
      ).join('\n')}
RETURN events, publications, standards`,
      params: yearWindow(p),
    }),
    normalise: {
      ours: (d) => ranking(d.stats),
      neo4jGraphql: (d) => ranking(d),
      raw: (rows) => ranking(rows[0]),
    },
  },
  {
    name: 'events-per-year-by-kind',
    title: "The dashboard's events-per-year chart: a zero-filled series and the counts per year and kind (two roots)",
    indexedLookup: false,
    comparison: 'overhead',
    // The request the chart sends (web/dashboard/js/queries.js, eventsPerYearQuery), over the parameter set's years.
    ours: (p) => ({
      query: `query EventsPerYearByKind($from: Int!, $to: Int!) {
  stats {
    years: timeSeries(measure: EVENTS, yearFrom: $from, yearTo: $to) { year count }
    byYearAndKind: counts(measure: EVENTS, groupBy: [YEAR, KIND], yearFrom: $from, yearTo: $to) { year kind count }
  }
}`,
      variables: yearWindow(p),
    }),
    neo4jGraphql: (p) => ({
      query: `query EventsPerYearByKind($from: Int!, $to: Int!) {
  years: eventTimeSeries(yearFrom: $from, yearTo: $to) { year count }
  byYearAndKind: eventCountsByCountryAndYear(yearFrom: $from, yearTo: $to, byCountry: false, byYear: true, byKind: true) { year kind count }
}`,
      variables: yearWindow(p),
    }),
    raw: (p) => ({
      // One pass over the ALL cells by year and kind; the series sums them per year of the window.
      cypher: `MATCH (b:CountBucket {measure: 'EVENTS', scope: 'ALL'})
WHERE b.count > 0 AND b.year >= $from AND b.year <= $to
WITH b.year AS year, b.kind AS kind, sum(b.count) AS count
ORDER BY year, kind
WITH collect({year: year, kind: kind, count: count}) AS byYearAndKind
RETURN [y IN range($from, $to) | {year: y, count: reduce(s = 0, r IN byYearAndKind | s + CASE WHEN r.year = y THEN r.count ELSE 0 END)}] AS years, byYearAndKind`,
      params: yearWindow(p),
    }),
    normalise: {
      ours: (d) => yearsAndKinds(d.stats),
      neo4jGraphql: (d) => yearsAndKinds(d),
      raw: (rows) => yearsAndKinds(rows[0]),
    },
  },
  {
    name: 'standards-by-level',
    title: "The dashboard's standards chart: trainers' competence standards per country and level",
    indexedLookup: false,
    comparison: 'overhead',
    // The request the chart sends (web/dashboard/js/queries.js, standardsByLevelQuery).
    ours: () => ({
      query: `query StandardsByCountryAndLevel {
  stats { standardsByCountryAndLevel { countryCode countryName level count firstYear lastYear } }
}`,
      variables: {},
    }),
    neo4jGraphql: () => ({
      query: `query StandardsByCountryAndLevel {
  standardsByCountryAndLevel { countryCode countryName level count firstYear lastYear }
}`,
      variables: {},
    }),
    raw: () => ({
      // The country cells of the measure, summed per country and level: what our statement does, without its filters.
      cypher: `MATCH (b:CountBucket {measure: 'COMPETENCE_STANDARDS', scope: 'COUNTRY'})
WHERE b.count > 0
WITH b.countryId AS countryId, b.kind AS level, sum(b.count) AS count, min(b.year) AS firstYear, max(b.year) AS lastYear
MATCH (c:Country {id: countryId})
RETURN c.code AS countryCode, c.name AS countryName, level, count, firstYear, lastYear
ORDER BY countryCode, level`,
      params: {},
    }),
    normalise: {
      ours: (d) => levelRows(d.stats.standardsByCountryAndLevel),
      neo4jGraphql: (d) => levelRows(d.standardsByCountryAndLevel),
      raw: (rows) => levelRows(rows),
    },
  },
  {
    name: 'paths',
    title: 'Shortest paths (≤ 4 hops, any relationship type) between an organisation and a person',
    indexedLookup: false,
    comparison: 'overhead',
    ours: (p) => ({
      query: `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 3, shortestOnly: true) { length nodes { id } relationships { type from to } }
}`,
      variables: { from: p.pathFrom, to: p.pathTo },
    }),
    neo4jGraphql: (p) => ({
      query: `query Paths($from: ID!, $to: ID!) {
  shortestPaths(from: $from, to: $to, first: 3) { length nodes { id } relationships { type from to } }
}`,
      variables: { from: p.pathFrom, to: p.pathTo },
    }),
    raw: (p) => ({
      cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = allShortestPaths((a)-[:${RELATIONSHIP_TYPES.join('|')}*1..4]-(b))
WITH path LIMIT 3
RETURN length(path) AS length, [n IN nodes(path) | {id: n.id}] AS nodes,
  [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships`,
      params: { from: p.pathFrom, to: p.pathTo },
    }),
    normalise: {
      ours: (d) => pathsAnswer(d.paths),
      neo4jGraphql: (d) => pathsAnswer(d.shortestPaths),
      raw: (rows) => pathsAnswer(rows),
    },
  },
  {
    name: 'neighbourhood',
    title: 'Neighbourhood of an event, depth 2, at most 100 nodes',
    indexedLookup: false,
    comparison: 'overhead',
    ours: (p) => ({
      query: `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2, limit: 100) { center { id } nodes { id } edges { type from to } truncated }
}`,
      variables: { id: p.neighbourhoodId },
    }),
    neo4jGraphql: (p) => ({
      query: `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, limit: 100, cap: 101, edgeCap: 1000, hubDegree: 200) { center { id } nodes { id } edges { type from to } truncated }
}`,
      variables: { id: p.neighbourhoodId },
    }),
    // As a person who knows the schema would write it: rings sampled per node, edges read from their cheaper end,
    // and between two hubs one type at a time, only between labels the type allows (the branches are our API's own
    // text, network.statements.ts: a hub's relationships read whole cost Neo4j 100-200 ms at M).
    raw: (p) => ({
      cypher: `MATCH (center:Entity {id: $id})
CALL (center) {
  CALL (center) { MATCH (center)-[]-(m1:Entity) WHERE m1 <> center RETURN DISTINCT m1 LIMIT 101 }
  WITH m1 ORDER BY m1.id LIMIT 100
  RETURN collect(m1) AS ring1
}
WITH center, ring1[..99] AS ring1, size(ring1) > 99 AS cut1
CALL (center, ring1) {
  UNWIND ring1 AS f
  CALL (f, center, ring1) {
    MATCH (f)-[]-(m2:Entity) WHERE m2 <> center AND NOT m2 IN ring1
    RETURN DISTINCT m2 LIMIT 101
  }
  WITH DISTINCT m2 ORDER BY m2.id LIMIT 101
  RETURN collect(m2) AS ring2
}
WITH center, [center] + ring1 AS seen1, ring2, cut1
WITH center, seen1 + ring2[..(100 - size(seen1))] AS seen, cut1 OR size(ring2) > 100 - size(seen1) AS truncated
CALL (seen) {
  UNWIND seen AS x
  WITH x, COUNT { (x)-->() } > 200 AS hubOut, COUNT { (x)<--() } > 200 AS hubIn
  WITH collect(x) AS all, collect(CASE WHEN hubOut THEN x END) AS hubsOut, collect(CASE WHEN hubIn THEN x END) AS hubsIn
  CALL (all, hubsOut, hubsIn) {
    UNWIND all AS a
    WITH a, all WHERE NOT a IN hubsOut
    MATCH (a)-[r]->(b) WHERE b IN all
    RETURN r, a, b
    UNION ALL
    UNWIND all AS b
    WITH b, hubsOut WHERE NOT b IN hubsIn
    MATCH (a)-[r]->(b) WHERE a IN hubsOut
    RETURN r, a, b
    ${neighbourhoodFragments(undefined).HUB_PAIRS}
  }
  WITH r, a, b ORDER BY a.id, type(r), b.id LIMIT 1000
  RETURN collect({type: type(r), from: a.id, to: b.id}) AS edges
}
RETURN center.id AS center, [n IN seen | n.id] AS nodes, edges, truncated`,
      params: { id: p.neighbourhoodId },
    }),
    normalise: {
      ours: (d) =>
        neighbourhoodAnswer(
          d.neighbourhood.center?.id,
          d.neighbourhood.nodes.map((n: any) => n.id),
          d.neighbourhood.edges,
          d.neighbourhood.truncated,
        ),
      neo4jGraphql: (d) =>
        neighbourhoodAnswer(
          d.neighbourhood.center?.id,
          d.neighbourhood.nodes.map((n: any) => n.id),
          d.neighbourhood.edges,
          d.neighbourhood.truncated,
        ),
      raw: (rows) => neighbourhoodAnswer(rows[0].center, rows[0].nodes, rows[0].edges, rows[0].truncated),
    },
  },
];

/** The Lucene text and folded text our API builds from a search string (the library has no equivalent). */
function searchVariables(text: string): Record<string, unknown> {
  return {
    lucene: luceneQuery(searchTerms(text)),
    folded: foldText(text.trim()),
    labels: [
      'Country',
      'Place',
      'Organisation',
      'WorkingGroup',
      'Event',
      'Publication',
      'PolicyDocument',
      'CompetenceStandard',
      'Person',
      'Topic',
    ],
  };
}

/**
 * One event of the nested list. Hosts and places are compared as sets (sorted by id): an event has at most 5 of each,
 * under the page size of 10, and ours orders names on their folded form ("Épinay" among the E's) while the library
 * orders the raw string, which only changes the order.
 */
/** Rows with an id, sorted by it (a batch's order is not part of its answer). */
function byId(rows: Array<{ id: string }>): Array<{ id: string }> {
  return [...rows].sort((a, b) => a.id.localeCompare(b.id));
}

function eventRow(e: any, hosts: Named[], places: Named[], countries: string[]) {
  const byId = (list: Named[]) => list.map(named).sort((a, b) => a.id.localeCompare(b.id));
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    startDate: e.startDate,
    hosts: byId(hosts),
    places: byId(places),
    countries: [...countries].sort(),
  };
}

function deepRow(wg: any, events: (wg: any) => any[], hosts: (e: any) => any[], hostedEvents: (o: any) => any[]) {
  if (!wg) return null;
  return {
    id: wg.id,
    name: wg.name,
    events: events(wg).map((e) => ({
      id: e.id,
      name: e.name,
      startDate: e.startDate,
      hosts: hosts(e).map((o) => ({
        id: o.id,
        name: o.name,
        hostedEvents: hostedEvents(o).map((x) => ({ id: x.id, name: x.name, startDate: x.startDate })),
      })),
    })),
  };
}

function searchRow(type: string, node: Named, score: number) {
  return { type, id: node.id, name: node.name, score: Math.round(Number(score) * 1e4) / 1e4 };
}

/** A country ranking compared as sorted `code|name|count` lines per measure (the row order is not part of it). */
function ranking(
  answer: Record<string, Array<{ countryCode: string | null; countryName: string | null; count: number }>>,
) {
  return RANKED.map((m) =>
    answer[m.key].map((r) => `${r.countryCode ?? '-'}|${r.countryName ?? '-'}|${Number(r.count)}`).sort(),
  );
}

function crossTab(rows: Array<{ countryCode: string | null; year: number; count: number }>) {
  return rows.map((r) => `${r.countryCode ?? '-'}|${r.year}|${Number(r.count)}`).sort();
}

/** The events-per-year chart compared as its series in year order and its sorted `year|kind|count` lines. */
function yearsAndKinds(answer: {
  years: Array<{ year: number; count: number }>;
  byYearAndKind: Array<{ year: number; kind: string | null; count: number }>;
}) {
  return {
    years: answer.years.map((r) => `${Number(r.year)}|${Number(r.count)}`),
    byYearAndKind: answer.byYearAndKind.map((r) => `${Number(r.year)}|${r.kind ?? '-'}|${Number(r.count)}`).sort(),
  };
}

/** Standards per country and level compared as sorted `code|name|level|count|first|last` lines. */
function levelRows(
  rows: Array<{
    countryCode: string | null;
    countryName: string | null;
    level: string | null;
    count: number;
    firstYear: number | null;
    lastYear: number | null;
  }>,
) {
  return rows
    .map((r) =>
      [r.countryCode, r.countryName, r.level, Number(r.count), r.firstYear, r.lastYear].map((v) => v ?? '-').join('|'),
    )
    .sort();
}

/**
 * Paths are compared by their length, their number and their set of node sequences: allShortestPaths has no
 * defined order, and `first` cuts that unordered list, so a strict comparison would fail on equal answers.
 */
function pathsAnswer(
  paths: Array<{
    length: number;
    nodes: Array<{ id: string }>;
    relationships: Array<{ type: string; from: string; to: string }>;
  }>,
) {
  for (const path of paths) {
    if (path.relationships.length !== Number(path.length) || path.nodes.length !== path.relationships.length + 1)
      throw new Error(`malformed path ${JSON.stringify(path)}`);
  }
  return {
    count: paths.length,
    lengths: paths.map((p) => Number(p.length)).sort(),
    ends: [...new Set(paths.map((p) => `${p.nodes[0].id}→${p.nodes[p.nodes.length - 1].id}`))],
  };
}

function neighbourhoodAnswer(
  center: string | undefined,
  nodes: string[],
  edges: Array<{ type: string; from: string; to: string }>,
  truncated: boolean,
) {
  return {
    center: center ?? null,
    nodes: [...nodes].sort(),
    edges: edges.map((e) => `${e.from}-${e.type}->${e.to}`).sort(),
    truncated,
  };
}
