import { PlainNode } from '../../db/driver-values';
import { Statement } from '../../graph/cypher-identifiers';
import { Reader } from '../../graph/statement-batcher';
import { entityFromNode, EntityRecord } from '../../graph/entity-record';
import { CoOccurrenceSubject, OrganisationActivity, StatsDimension, StatsMeasure } from './stats.types';
import {
  coOccurrenceStatement,
  countsStatement,
  eventCountsByCountryStatement,
  StatsFilter,
  standardsByCountryAndLevelStatement,
  timeSeriesStatement,
  topOrganisationsStatement,
} from './stats.statements';

/**
 * Aggregates computed in Neo4j, one statement each (built by stats.statements.ts from cypher/stats.cypher), sent
 * through the request's reader.
 */
export class StatsRepository {
  constructor(private readonly reader: Reader) {}

  /** Events per country (held there directly or through a place), most first. */
  eventCountsByCountry(filter: StatsFilter) {
    const statement = eventCountsByCountryStatement(filter, this.reader.params());
    return this.run(statement, ['countryCode', 'countryName', 'count']);
  }

  /** A cross-tab of a measure by the given dimensions. */
  counts(measure: StatsMeasure, groupBy: StatsDimension[], filter: StatsFilter) {
    const statement = countsStatement(measure, groupBy, filter, this.reader.params());
    return this.run(statement, ['countryCode', 'countryName', 'year', 'kind', 'count']);
  }

  /** A measure per year, with zeros for years without any. */
  timeSeries(measure: StatsMeasure, filter: StatsFilter) {
    return this.run(timeSeriesStatement(measure, filter, this.reader.params()), ['year', 'count']);
  }

  /** Organisations by number of distinct events of the given activity. */
  async topOrganisations(
    activity: OrganisationActivity,
    first: number,
    filter: StatsFilter,
  ): Promise<Array<{ organisation: EntityRecord; count: number }>> {
    const statement = topOrganisationsStatement(activity, first, filter, this.reader.params());
    const rows = await this.run(statement, ['organisation', 'count']);
    return rows.map((row) => ({
      organisation: entityFromNode(row.organisation as PlainNode),
      count: Number(row.count),
    }));
  }

  /** Competence standards per country and level. */
  standardsByCountryAndLevel(filter: StatsFilter) {
    const statement = standardsByCountryAndLevelStatement(filter, this.reader.params());
    return this.run(statement, ['countryCode', 'countryName', 'level', 'count', 'firstYear', 'lastYear']);
  }

  /** Pairs of organisations or countries that appear in the same events, most shared events first. */
  async coOccurrence(
    of: CoOccurrenceSubject,
    first: number,
    filter: StatsFilter,
  ): Promise<Array<{ a: EntityRecord; b: EntityRecord; count: number }>> {
    const rows = await this.run(coOccurrenceStatement(of, first, filter, this.reader.params()), ['a', 'b', 'count']);
    return rows.map((row) => ({
      a: entityFromNode(row.a as PlainNode),
      b: entityFromNode(row.b as PlainNode),
      count: Number(row.count),
    }));
  }

  private run(statement: Statement, columns: string[]) {
    return this.reader.read(statement.cypher, statement.params, columns);
  }
}
