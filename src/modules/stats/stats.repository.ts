import neo4j from 'neo4j-driver';
import { namedCypher } from '../../db/cypher-files';
import { Executor } from '../../db/executor';
import { CountryCount } from './stats.types';

/** Aggregates computed in Neo4j, one statement each (cypher/stats.cypher). */
export class StatsRepository {
  constructor(private readonly executor: Executor) {}

  /** Events per country (held there directly or through a place), optionally within a range of years. */
  async eventCountsByCountry(yearFrom: number | null, yearTo: number | null): Promise<CountryCount[]> {
    const rows = await this.executor.read(namedCypher('stats.eventCountsByCountry'), {
      yearFrom: yearFrom === null ? null : neo4j.int(yearFrom),
      yearTo: yearTo === null ? null : neo4j.int(yearTo),
    });
    return rows as unknown as CountryCount[];
  }
}
