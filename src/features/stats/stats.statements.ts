import neo4j from 'neo4j-driver';
import { bindCypher } from '../../db/cypher-files';
import { EntityType } from '../../domain/entity-types';
import { CypherParams, label, Statement } from '../../graph/cypher-identifiers';
import { CoOccurrenceSubject, OrganisationActivity, StatsDimension, StatsMeasure } from './stats.types';

/*
 * The statements of the stats fields (cypher/stats.cypher), one per field, as pure functions of the field's
 * arguments: values bound to the parameter names `params` gives out. StatsRepository runs them. Counts, time series
 * and the per-country figures read the counts kept up to date by every write (cypher/counts.cypher).
 */

/** Bounds shared by every aggregate: an optional year range and, where it applies, countries. */
export interface StatsFilter {
  yearFrom?: number | null;
  yearTo?: number | null;
  countryCodes?: string[] | null;
}

/** The entity type counted by each measure. */
const MEASURE_TYPES: Record<StatsMeasure, EntityType> = {
  EVENTS: 'Event',
  PUBLICATIONS: 'Publication',
  COMPETENCE_STANDARDS: 'CompetenceStandard',
  POLICY_DOCUMENTS: 'PolicyDocument',
};

const ACTIVITY_TYPES: Record<OrganisationActivity, string[]> = {
  HOSTED: ['HOSTED_BY'],
  PARTICIPATED: ['PARTICIPATED_IN'],
  ORGANISED: ['ORGANISED_BY'],
  ANY: ['HOSTED_BY', 'PARTICIPATED_IN', 'ORGANISED_BY'],
};

/** Events per country; rows `countryCode`, `countryName`, `count`. */
export function eventCountsByCountryStatement(filter: StatsFilter, params: CypherParams): Statement {
  return named(['stats.eventCountsByCountry'], bounds(filter), params);
}

/** A cross-tab of a measure; rows `countryCode`, `countryName`, `year`, `kind`, `count`. */
export function countsStatement(
  measure: StatsMeasure,
  groupBy: StatsDimension[],
  filter: StatsFilter,
  params: CypherParams,
): Statement {
  const by = {
    byCountry: groupBy.includes(StatsDimension.COUNTRY),
    byYear: groupBy.includes(StatsDimension.YEAR),
    byKind: groupBy.includes(StatsDimension.KIND),
  };
  return named(
    [measureSource(measure, filter, by.byCountry), 'stats.countsTail'],
    { ...bounds(filter), ...by, measure },
    params,
    measureLabel(measure),
  );
}

/** A measure per year, zero-filled; rows `year`, `count`. */
export function timeSeriesStatement(measure: StatsMeasure, filter: StatsFilter, params: CypherParams): Statement {
  return named(
    [measureSource(measure, filter, false), 'stats.timeSeriesTail'],
    { ...bounds(filter), measure, byCountry: false },
    params,
    measureLabel(measure),
  );
}

/**
 * Where a measure's counts are read: the kept cells (cypher/counts.cypher), except for several countries asked
 * without grouping by country, where an item in two of them must count once and only the items can say so.
 */
function measureSource(measure: StatsMeasure, filter: StatsFilter, byCountry: boolean): string {
  const countries = new Set((filter.countryCodes ?? []).map((code) => code.toUpperCase()));
  return !byCountry && countries.size > 1 ? 'stats.measureItems' : 'stats.measureBuckets';
}

/** The label of a measure's items, from our allow-list, for stats.measureItems. */
function measureLabel(measure: StatsMeasure): Record<string, string> {
  return { LABEL: label(MEASURE_TYPES[measure]) };
}

/** Organisations by distinct events of the activity; rows `organisation`, `count`. */
export function topOrganisationsStatement(
  activity: OrganisationActivity,
  first: number,
  filter: StatsFilter,
  params: CypherParams,
): Statement {
  const values = { ...bounds(filter), types: ACTIVITY_TYPES[activity], first: neo4j.int(first) };
  return named(['stats.topOrganisations'], values, params);
}

/** Standards per country and level; rows `countryCode`, `countryName`, `level`, `count`, `firstYear`, `lastYear`. */
export function standardsByCountryAndLevelStatement(filter: StatsFilter, params: CypherParams): Statement {
  return named(['stats.standardsByCountryAndLevel'], bounds(filter), params);
}

/** Pairs of organisations or countries in the same events; rows `a`, `b`, `count`. */
export function coOccurrenceStatement(
  of: CoOccurrenceSubject,
  first: number,
  filter: StatsFilter,
  params: CypherParams,
): Statement {
  const organisations = of === CoOccurrenceSubject.ORGANISATIONS;
  const name = organisations ? 'stats.coOccurringOrganisations' : 'stats.coOccurringCountries';
  return named([name], { ...bounds(filter), first: neo4j.int(first) }, params);
}

/**
 * The named statements (joined by new lines) with `values` bound to the statement's own parameter names and
 * `fragments` (allow-listed names) written in.
 */
function named(
  names: string[],
  values: Record<string, unknown>,
  params: CypherParams,
  fragments?: Record<string, string>,
): Statement {
  const cypher = names.map((name) => bindCypher(name, values, params, fragments)).join('\n');
  return { cypher, params: params.values };
}

/** Year bounds as driver Integers and country codes upper-cased; absent bounds are null. */
function bounds(filter: StatsFilter): Record<string, unknown> {
  return {
    yearFrom: filter.yearFrom == null ? null : neo4j.int(filter.yearFrom),
    yearTo: filter.yearTo == null ? null : neo4j.int(filter.yearTo),
    countryCodes: filter.countryCodes?.length ? filter.countryCodes.map((code) => code.toUpperCase()) : null,
  };
}
