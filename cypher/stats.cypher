// Aggregates for dashboards (src/features/stats). Each answer is one statement computed in Neo4j. Counts come back as
// driver Integers and are converted once by the executor (field case F1). $yearFrom / $yearTo / $countryCodes may
// be null (no bound).
//
// A measure is a fragment binding `item` (the thing counted), `year`, `kind` and `c` (a country it belongs to, or
// null); the counts and timeSeries tails aggregate any measure. An item in two countries counts once per country
// when grouped by country, and once overall otherwise.

// name: eventCountsByCountry
// Events per country in an optional year range; an event counts for a country it was held in directly or
// through one of its places.
MATCH (e:Event)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country)
WHERE ($yearFrom IS NULL OR e.year >= $yearFrom) AND ($yearTo IS NULL OR e.year <= $yearTo)
WITH c, count(DISTINCT e) AS count
RETURN c.code AS countryCode, c.name AS countryName, count
ORDER BY count DESC, countryCode ASC

// name: measureEvents
// Events, in the countries where they were held (directly or through a place).
MATCH (item:Event)
WHERE ($yearFrom IS NULL OR item.year >= $yearFrom) AND ($yearTo IS NULL OR item.year <= $yearTo)
OPTIONAL MATCH (item)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country)
WITH item, item.year AS year, item.kind AS kind, c

// name: measurePublications
// Publications, in the countries they analyse.
MATCH (item:Publication)
WHERE ($yearFrom IS NULL OR item.year >= $yearFrom) AND ($yearTo IS NULL OR item.year <= $yearTo)
OPTIONAL MATCH (item)-[:ANALYSES]->(c:Country)
WITH item, item.year AS year, item.kind AS kind, c

// name: measureCompetenceStandards
// Competence standards for trainers, in the countries where they apply; their kind is their level.
MATCH (item:CompetenceStandard)
WHERE ($yearFrom IS NULL OR item.year >= $yearFrom) AND ($yearTo IS NULL OR item.year <= $yearTo)
OPTIONAL MATCH (item)-[:APPLIES_IN]->(c:Country)
WITH item, item.year AS year, item.level AS kind, c

// name: measurePolicyDocuments
// Policy documents; they are European-level, so they have no country.
MATCH (item:PolicyDocument)
WHERE ($yearFrom IS NULL OR item.year >= $yearFrom) AND ($yearTo IS NULL OR item.year <= $yearTo)
WITH item, item.year AS year, item.kind AS kind, null AS c

// name: countsTail
// Cross-tab of a measure by any of country, year and kind ($byCountry, $byYear, $byKind).
WITH DISTINCT item, year, kind, c
WHERE $countryCodes IS NULL OR c.code IN $countryCodes
WITH item,
     CASE WHEN $byCountry THEN c.code END AS countryCode,
     CASE WHEN $byCountry THEN c.name END AS countryName,
     CASE WHEN $byYear THEN year END AS year,
     CASE WHEN $byKind THEN kind END AS kind
RETURN countryCode, countryName, year, kind, count(DISTINCT item) AS count
ORDER BY countryCode ASC, year ASC, kind ASC

// name: timeSeriesTail
// Count per year, zero-filled from $yearFrom (or the first year with data) to $yearTo (or the last). With no data
// and an open bound there is no range at all: an empty series (range() refuses null; found by the fuzz test).
WITH DISTINCT item, year, c
WHERE ($countryCodes IS NULL OR c.code IN $countryCodes) AND year IS NOT NULL
WITH year, count(DISTINCT item) AS count
WITH collect({year: year, count: count}) AS counted, coalesce($yearFrom, min(year)) AS firstYear, coalesce($yearTo, max(year)) AS lastYear
UNWIND CASE WHEN firstYear IS NULL OR lastYear IS NULL THEN [] ELSE range(firstYear, lastYear) END AS y
RETURN y AS year, coalesce(head([row IN counted WHERE row.year = y | row.count]), 0) AS count
ORDER BY year

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
// (min and max skip standards without a year).
MATCH (s:CompetenceStandard)-[:APPLIES_IN]->(c:Country)
WHERE ($yearFrom IS NULL OR s.year >= $yearFrom) AND ($yearTo IS NULL OR s.year <= $yearTo)
RETURN c.code AS countryCode, c.name AS countryName, s.level AS level, count(DISTINCT s) AS count,
       min(s.year) AS firstYear, max(s.year) AS lastYear
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
