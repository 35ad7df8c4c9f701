import { Executor } from '../src/db/executor';
import { QueryParameters } from './queries';

/**
 * Picks the values the queries are asked with from the loaded graph, deterministically (same graph, same values):
 * an event and an organisation from the middle of the id range (typical, not the busiest), the working group with
 * the most events, a country with a fair share of events, and a person to find paths to.
 * @throws Error when the graph lacks what the queries need (not a generated graph)
 */
export async function pickParameters(executor: Executor): Promise<QueryParameters> {
  const [row] = await executor.read(`
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH (o:Organisation) RETURN count(o) AS organisations }
CALL () { MATCH (p:Person) RETURN count(p) AS people }
CALL () {
  MATCH (wg:WorkingGroup)<-[:ORGANISED_BY]-(e:Event)
  WITH wg, count(e) AS events ORDER BY events DESC, wg.id ASC LIMIT 1
  RETURN wg.id AS workingGroupId
}
RETURN events, organisations, people, workingGroupId`);
  if (!row || !row.workingGroupId) throw new Error('the graph has no working group with events: load a generated dataset first');
  const middle = (prefix: string, count: unknown) => `${prefix}:syn-${Math.max(1, Math.floor(Number(count) / 2))}`;
  return {
    lookupEventId: middle('event', row.events),
    countryCode: 'BE',
    yearFrom: 2015,
    yearTo: 2018,
    workingGroupId: String(row.workingGroupId),
    searchText: 'vocational college',
    pathFrom: middle('org', row.organisations),
    pathTo: `person:syn-${Math.max(1, Math.floor(Number(row.people) / 3))}`,
    neighbourhoodId: `event:syn-${Math.max(1, Math.floor(Number(row.events) / 3))}`,
  };
}
