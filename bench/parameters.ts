import neo4j from 'neo4j-driver';
import { Executor } from '../src/db/executor';
import { QueryParameters } from './queries';

/** How many parameter sets a run draws its requests from (issue 15: not only the busiest entity, and not one body). */
export const PARAMETER_SETS = 5;

/**
 * Picks the values the queries are asked with from the loaded graph, deterministically (same graph, same values):
 * `sets` parameter sets, each a different event (spread over the id range, not the busiest), working group (by
 * number of events, the busiest first), country with events in the years asked, search text, and person and foreign
 * organisation linked through a co-hosted event. Every request of a run takes the next set in turn, so the cells
 * measure a mix of warm and less warm entities rather than one cached body.
 * @throws Error when the graph lacks what the queries need (not a generated graph)
 */
export async function pickParameterSets(executor: Executor, sets = PARAMETER_SETS): Promise<QueryParameters[]> {
  const [row] = await executor.read(
    `
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () {
  MATCH (wg:WorkingGroup)<-[:ORGANISED_BY]-(e:Event)
  WITH wg, count(e) AS events ORDER BY events DESC, wg.id ASC LIMIT toInteger($sets)
  RETURN collect(wg.id) AS workingGroupIds
}
CALL () {
  MATCH (c:Country)<-[:LOCATED_IN*0..2]-()<-[:HELD_IN]-(e:Event)
  WHERE e.year >= 2015 AND e.year <= 2018
  WITH c, count(DISTINCT e) AS events ORDER BY events DESC, c.code ASC LIMIT toInteger($sets)
  RETURN collect(c.code) AS countryCodes
}
CALL () {
  // People and foreign organisations that co-hosted an event with the person's employer: a path of 3 exists. The
  // organisation pairs come first and one person each after, so that the statement stays within the bench servers'
  // 10 s transaction timeout at M (starting from every person's employer's events did not).
  MATCH (o1:Organisation)<-[:HOSTED_BY]-(:Event)-[:HOSTED_BY]->(o2:Organisation)
  WHERE o2 <> o1 AND o2.countryCode <> o1.countryCode AND EXISTS { (o1)<-[:WORKS_FOR]-(:Person) }
  WITH DISTINCT o1, o2 ORDER BY o1.id, o2.id LIMIT toInteger($sets)
  CALL (o1) {
    MATCH (p:Person)-[:WORKS_FOR]->(o1)
    RETURN p ORDER BY p.id LIMIT 1
  }
  RETURN collect([o2.id, p.id]) AS pathPairs
}
CALL () { MATCH (e:Event) WHERE e.startDate IS NOT NULL RETURN count(e) AS dated }
RETURN events, workingGroupIds, countryCodes, pathPairs, dated`,
    { sets },
  );
  if (!row || !(row.workingGroupIds as string[]).length)
    throw new Error('the graph has no working group with events: load a generated dataset first');
  const events = Number(row.events);
  // The deep page starts after the event halfway through the dated events in (startDate, id) order.
  const offset = Math.floor(Number(row.dated) / 2);
  const [middle] = await executor.read(
    `MATCH (e:Event) WHERE e.startDate IS NOT NULL
WITH e ORDER BY e.startDate, e.id SKIP $offset LIMIT 1
RETURN toString(e.startDate) AS startDate, e.id AS id`,
    { offset: neo4j.int(offset) },
  );
  if (!middle) throw new Error('the graph has no dated event: load a generated dataset first');
  const deepPageAfter = { startDate: String(middle.startDate), id: String(middle.id), offset };
  const event = (fraction: number) => `event:syn-${Math.max(1, Math.floor(events * fraction))}`;
  const pick = <T>(list: T[], i: number) => list[i % list.length];
  const searchTexts = [
    'vocational college',
    'training centre',
    'apprenticeship',
    'chamber of commerce',
    'ministry of education',
  ];
  return Array.from({ length: sets }, (_, i) => ({
    lookupEventId: event((i + 1) / (sets + 1)),
    countryCode: pick(row.countryCodes as string[], i),
    yearFrom: 2015,
    yearTo: 2018,
    workingGroupId: pick(row.workingGroupIds as string[], i),
    searchText: pick(searchTexts, i),
    pathFrom: pick(row.pathPairs as string[][], i)[0],
    pathTo: pick(row.pathPairs as string[][], i)[1],
    neighbourhoodId: event(((i + 1) / (sets + 1) + 1 / (2 * (sets + 1))) % 1 || 0.5),
    entityEventIds: Array.from({ length: 100 }, (_, k) => event(((k + 0.5 + i / sets) / 100) % 1 || 0.5)),
    deepPageAfter,
  }));
}
