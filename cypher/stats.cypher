// Aggregates for dashboards (src/features/stats). Each answer is one statement computed in Neo4j. Counts come back as
// driver Integers and are converted once by the executor (field case F1). $yearFrom / $yearTo / $countryCodes may
// be null (no bound).
//
// The counts, time series, events per country and standards per country and level read the counts kept in
// CountBucket nodes (cypher/counts.cypher), not the items: at a million nodes a scan of every event with its places
// took 1.4 s. An item in two countries counts once per country when grouped by country, and once overall otherwise.

// name: eventCountsByCountry
// Events per country in an optional year range; an event counts for a country it was held in directly or
// through one of its places (read from the kept counts: cypher/counts.cypher).
MATCH (b:CountBucket {measure: 'EVENTS', scope: 'COUNTRY'})
WHERE b.count > 0 AND ($yearFrom IS NULL OR b.year >= $yearFrom) AND ($yearTo IS NULL OR b.year <= $yearTo)
WITH b.countryId AS countryId, sum(b.count) AS count
MATCH (c:Country {id: countryId})
RETURN c.code AS countryCode, c.name AS countryName, count
ORDER BY count DESC, countryCode ASC

// name: measureBuckets
// The kept counts of a measure (EVENTS, PUBLICATIONS, COMPETENCE_STANDARDS or POLICY_DOCUMENTS) in the year range,
// binding `b`: grouped by country, the cells of each country asked (and, with no country asked, the cells of items
// with none); otherwise the cells of all items, or, for one country asked, that country's cells. (Several countries
// asked without grouping by country would count an item in two of them twice: stats.statements.ts reads the items
// then, measureItems below.)
CALL () {
  MATCH (c:Country) WHERE c.code IN coalesce($countryCodes, [])
  RETURN collect(c.id) AS wantedIds
}
MATCH (b:CountBucket {measure: $measure})
WHERE b.count > 0 AND ($yearFrom IS NULL OR b.year >= $yearFrom) AND ($yearTo IS NULL OR b.year <= $yearTo)
  AND CASE
    WHEN $countryCodes IS NOT NULL THEN b.scope = 'COUNTRY' AND b.countryId IN wantedIds
    WHEN $byCountry THEN b.scope IN ['COUNTRY', 'NONE']
    ELSE b.scope = 'ALL' END

// name: countsTail
// Cross-tab of the cells by any of country, year and kind ($byCountry, $byYear, $byKind).
WITH CASE WHEN $byCountry THEN b.countryId END AS countryId,
     CASE WHEN $byYear THEN b.year END AS year,
     CASE WHEN $byKind THEN b.kind END AS kind,
     sum(b.count) AS count
OPTIONAL MATCH (c:Country {id: countryId})
RETURN c.code AS countryCode, c.name AS countryName, year, kind, count
ORDER BY countryCode ASC, year ASC, kind ASC

// name: timeSeriesTail
// Count per year, zero-filled from $yearFrom (or the first year with data) to $yearTo (or the last). With no data
// and an open bound there is no range at all: an empty series (range() refuses null; found by the fuzz test).
WITH b WHERE b.year IS NOT NULL
WITH b.year AS year, sum(b.count) AS count
WITH collect({year: year, count: count}) AS counted, coalesce($yearFrom, min(year)) AS firstYear, coalesce($yearTo, max(year)) AS lastYear
UNWIND CASE WHEN firstYear IS NULL OR lastYear IS NULL THEN [] ELSE range(firstYear, lastYear) END AS y
RETURN y AS year, coalesce(head([row IN counted WHERE row.year = y | row.count]), 0) AS count
ORDER BY year

// name: measureItems
// The items of a measure (the label filled in from our allow-list) in the year range that belong to one of the
// countries asked, each once, bound as `b` with `b.count` 1, `b.year` and `b.kind`, for the counts and time series tails: the one case
// the cells cannot answer (several countries asked, not grouped by country). Reads every item of the years.
MATCH (item:{{LABEL}})
WHERE ($yearFrom IS NULL OR item.year >= $yearFrom) AND ($yearTo IS NULL OR item.year <= $yearTo)
  AND CASE $measure
    WHEN 'EVENTS' THEN EXISTS { MATCH (item)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country) WHERE c.code IN $countryCodes }
    WHEN 'PUBLICATIONS' THEN EXISTS { MATCH (item)-[:ANALYSES]->(c:Country) WHERE c.code IN $countryCodes }
    WHEN 'COMPETENCE_STANDARDS' THEN EXISTS { MATCH (item)-[:APPLIES_IN]->(c:Country) WHERE c.code IN $countryCodes }
    ELSE false END
WITH {count: 1, year: item.year, kind: CASE WHEN item:CompetenceStandard THEN item.level ELSE item.kind END,
      countryId: null} AS b

// name: topOrganisations
// Organisations by number of distinct events they hosted, organised or took part in ($types lists which).
MATCH (e:Event)
WHERE ($yearFrom IS NULL OR e.year >= $yearFrom) AND ($yearTo IS NULL OR e.year <= $yearTo)
MATCH (e)-[r:HOSTED_BY|ORGANISED_BY|PARTICIPATED_IN]-(organisation:Organisation)
WHERE type(r) IN $types
WITH organisation, count(DISTINCT e) AS count
RETURN organisation, count
ORDER BY count DESC, organisation.name ASC, organisation.id ASC
LIMIT $first

// name: standardsByCountryAndLevel
// Competence standards for trainers per country and level, and since when: the first and last year among them
// (min and max skip standards without a year). From the kept counts (cypher/counts.cypher).
MATCH (b:CountBucket {measure: 'COMPETENCE_STANDARDS', scope: 'COUNTRY'})
WHERE b.count > 0 AND ($yearFrom IS NULL OR b.year >= $yearFrom) AND ($yearTo IS NULL OR b.year <= $yearTo)
WITH b.countryId AS countryId, b.kind AS level, sum(b.count) AS count, min(b.year) AS firstYear, max(b.year) AS lastYear
MATCH (c:Country {id: countryId})
RETURN c.code AS countryCode, c.name AS countryName, level, count, firstYear, lastYear
ORDER BY countryCode ASC, level ASC

// name: coOccurringOrganisations
// Pairs of organisations involved (hosting, organising, taking part) in the same events, with how many.
MATCH (e:Event)
WHERE ($yearFrom IS NULL OR e.year >= $yearFrom) AND ($yearTo IS NULL OR e.year <= $yearTo)
MATCH (e)-[:HOSTED_BY|ORGANISED_BY|PARTICIPATED_IN]-(member:Organisation)
WITH e, collect(DISTINCT member) AS members
UNWIND members AS a
UNWIND members AS b
WITH a, b, e WHERE a.id < b.id
RETURN a, b, count(DISTINCT e) AS count
ORDER BY count DESC, a.id ASC, b.id ASC
LIMIT $first

// name: coOccurringCountries
// Pairs of countries in the same events (held there, or taking part), with how many.
MATCH (e:Event)
WHERE ($yearFrom IS NULL OR e.year >= $yearFrom) AND ($yearTo IS NULL OR e.year <= $yearTo)
CALL (e) {
  MATCH (e)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(member:Country) RETURN member
  UNION
  MATCH (e)<-[:PARTICIPATED_IN]-(member:Country) RETURN member
}
WITH e, collect(DISTINCT member) AS members
UNWIND members AS a
UNWIND members AS b
WITH a, b, e WHERE a.id < b.id
RETURN a, b, count(DISTINCT e) AS count
ORDER BY count DESC, a.id ASC, b.id ASC
LIMIT $first
