import neo4j from 'neo4j-driver';
import { bindCypher } from '../../db/cypher-files';
import { PlainNode } from '../../db/driver-values';
import { Reader } from '../../graph/statement-batcher';
import { entityFromNode, EntityRecord } from '../../graph/entity-record';
import { CoOccurrenceSubject, OrganisationActivity, StatsDimension, StatsMeasure } from './stats.types';

/** Bounds shared by every aggregate: an optional year range and, where it applies, countries. */
export interface StatsFilter {
  yearFrom?: number | null;
  yearTo?: number | null;
  countryCodes?: string[] | null;
}

const MEASURE_FRAGMENT: Record<StatsMeasure, string> = {
  EVENTS: 'stats.measureEvents',
  PUBLICATIONS: 'stats.measurePublications',
  COMPETENCE_STANDARDS: 'stats.measureCompetenceStandards',
  POLICY_DOCUMENTS: 'stats.measurePolicyDocuments',
};

const ACTIVITY_TYPES: Record<OrganisationActivity, string[]> = {
  HOSTED: ['HOSTED_BY'],
  PARTICIPATED: ['PARTICIPATED_IN'],
  ORGANISED: ['ORGANISED_BY'],
  ANY: ['HOSTED_BY', 'PARTICIPATED_IN', 'ORGANISED_BY'],
};

/** Aggregates computed in Neo4j, one statement each (cypher/stats.cypher), sent through the request's reader. */
export class StatsRepository {
  constructor(private readonly reader: Reader) {}

  /** Events per country (held there directly or through a place), most first. */
  eventCountsByCountry(filter: StatsFilter) {
    return this.run(['stats.eventCountsByCountry'], bounds(filter), ['countryCode', 'countryName', 'count']);
  }

  /** A cross-tab of a measure by the given dimensions. */
  counts(measure: StatsMeasure, groupBy: StatsDimension[], filter: StatsFilter) {
    return this.run(
      [MEASURE_FRAGMENT[measure], 'stats.countsTail'],
      { ...bounds(filter), byCountry: groupBy.includes(StatsDimension.COUNTRY), byYear: groupBy.includes(StatsDimension.YEAR), byKind: groupBy.includes(StatsDimension.KIND) },
      ['countryCode', 'countryName', 'year', 'kind', 'count'],
    );
  }

  /** A measure per year, with zeros for years without any. */
  timeSeries(measure: StatsMeasure, filter: StatsFilter) {
    return this.run([MEASURE_FRAGMENT[measure], 'stats.timeSeriesTail'], bounds(filter), ['year', 'count']);
  }

  /** Organisations by number of distinct events of the given activity. */
  async topOrganisations(activity: OrganisationActivity, first: number, filter: StatsFilter): Promise<Array<{ organisation: EntityRecord; count: number }>> {
    const rows = await this.run(['stats.topOrganisations'], { ...bounds(filter), types: ACTIVITY_TYPES[activity], first: neo4j.int(first) }, ['organisation', 'count']);
    return rows.map((row) => ({ organisation: entityFromNode(row.organisation as PlainNode), count: Number(row.count) }));
  }

  /** Competence standards per country and level. */
  standardsByCountryAndLevel(filter: StatsFilter) {
    return this.run(['stats.standardsByCountryAndLevel'], bounds(filter), ['countryCode', 'countryName', 'level', 'count', 'firstYear', 'lastYear']);
  }

  /** Pairs of organisations or countries that appear in the same events, most shared events first. */
  async coOccurrence(of: CoOccurrenceSubject, first: number, filter: StatsFilter): Promise<Array<{ a: EntityRecord; b: EntityRecord; count: number }>> {
    const name = of === CoOccurrenceSubject.ORGANISATIONS ? 'stats.coOccurringOrganisations' : 'stats.coOccurringCountries';
    const rows = await this.run([name], { ...bounds(filter), first: neo4j.int(first) }, ['a', 'b', 'count']);
    return rows.map((row) => ({ a: entityFromNode(row.a as PlainNode), b: entityFromNode(row.b as PlainNode), count: Number(row.count) }));
  }

  /** The named statements (joined by new lines) with `values` bound to this statement's own parameter names. */
  private run(names: string[], values: Record<string, unknown>, columns: string[]) {
    const params = this.reader.params();
    return this.reader.read(names.map((name) => bindCypher(name, values, params)).join('\n'), params.values, columns);
  }
}

/** Year bounds as driver Integers and country codes upper-cased; absent bounds are null. */
function bounds(filter: StatsFilter): Record<string, unknown> {
  return {
    yearFrom: filter.yearFrom == null ? null : neo4j.int(filter.yearFrom),
    yearTo: filter.yearTo == null ? null : neo4j.int(filter.yearTo),
    countryCodes: filter.countryCodes?.length ? filter.countryCodes.map((code) => code.toUpperCase()) : null,
  };
}
