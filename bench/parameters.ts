import { Executor } from '../src/db/executor';
import { QueryParameters } from './queries';

/**
 * Picks the values the queries are asked with from the loaded graph, deterministically (same graph, same values):
 * an event from the middle of the id range (typical, not the busiest), the working group with the most events, a
 * country with a fair share of events, and a person and a foreign organisation linked through a co-hosted event.
 * @throws Error when the graph lacks what the queries need (not a generated graph)
 */
export async function pickParameters(executor: Executor): Promise<QueryParameters> {
  const [row] = await executor.read(`
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () {
  MATCH (wg:WorkingGroup)<-[:ORGANISED_BY]-(e:Event)
  WITH wg, count(e) AS events ORDER BY events DESC, wg.id ASC LIMIT 1
  RETURN wg.id AS workingGroupId
}
CALL () {
  // A person and a foreign organisation that co-hosted an event with the person's employer: a path of 3 exists.
  MATCH (p:Person)-[:WORKS_FOR]->(o1:Organisation)<-[:HOSTED_BY]-(:Event)-[:HOSTED_BY]->(o2:Organisation)
  WHERE o2 <> o1 AND o2.countryCode <> o1.countryCode
  RETURN p.id AS pathTo, o2.id AS pathFrom ORDER BY p.id, o2.id LIMIT 1
}
RETURN events, workingGroupId, pathFrom, pathTo`);
  if (!row || !row.workingGroupId) throw new Error('the graph has no working group with events: load a generated dataset first');
  const middle = (prefix: string, count: unknown) => `${prefix}:syn-${Math.max(1, Math.floor(Number(count) / 2))}`;
  return {
    lookupEventId: middle('event', row.events),
    countryCode: 'BE',
    yearFrom: 2015,
    yearTo: 2018,
    workingGroupId: String(row.workingGroupId),
    searchText: 'vocational college',
    pathFrom: String(row.pathFrom),
    pathTo: String(row.pathTo),
    neighbourhoodId: `event:syn-${Math.max(1, Math.floor(Number(row.events) / 3))}`,
  };
}
