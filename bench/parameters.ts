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
RETURN events, workingGroupIds, countryCodes, pathPairs`,
    { sets },
  );
  if (!row || !(row.workingGroupIds as string[]).length)
    throw new Error('the graph has no working group with events: load a generated dataset first');
  const events = Number(row.events);
  // The deep page starts after the first event dated 2014 or later (about half way through 2002-2025), in
  // (startDate, id) order; its position is counted from the index (sorting every event to skip half of them took
  // past the bench's 10 s transaction timeout at L).
  const [middle] = await executor.read(
    `MATCH (e:Event) WHERE e.startDate >= date('2014-01-01')
WITH e ORDER BY e.startDate, e.id LIMIT 1
RETURN toString(e.startDate) AS startDate, e.id AS id,
  COUNT { MATCH (b:Event) WHERE b.startDate < e.startDate } +
  COUNT { MATCH (b:Event) WHERE b.startDate = e.startDate AND b.id < e.id } AS offset`,
  );
  if (!middle) throw new Error('the graph has no event dated 2014 or later: load a generated dataset first');
  const offset = Number(middle.offset);
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
