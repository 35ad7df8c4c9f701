// Aggregates for dashboards. Each is one statement; counts come back as driver Integers and are converted once
// by the executor (field case F1).

// name: eventCountsByCountry
// Events per country in an optional year range; an event counts for a country it was held in directly or
// through one of its places. $yearFrom / $yearTo may be null.
MATCH (e:Event)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country)
WHERE ($yearFrom IS NULL OR e.year >= $yearFrom) AND ($yearTo IS NULL OR e.year <= $yearTo)
WITH c, count(DISTINCT e) AS count
RETURN c.code AS countryCode, c.name AS countryName, count
ORDER BY count DESC, countryCode ASC
