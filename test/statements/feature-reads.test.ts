import { countryTimelineStatement } from '../../src/features/timeline/timeline.statement';
import { neighbourhoodStatement, rankedPathsStatement } from '../../src/features/network/network.statements';
import { searchStatement } from '../../src/features/search/search.statement';
import {
  coOccurrenceStatement,
  countsStatement,
  eventCountsByCountryStatement,
  standardsByCountryAndLevelStatement,
  timeSeriesStatement,
  topOrganisationsStatement,
} from '../../src/features/stats/stats.statements';
import {
  CoOccurrenceSubject,
  OrganisationActivity,
  StatsDimension,
  StatsMeasure,
} from '../../src/features/stats/stats.types';
import { expectParameterised, freshParams, view } from './statement-view';

/* Statements of the feature root fields (search, stats, network, country timeline), built without a database. */

describe('search', () => {
  it('binds the Lucene query, the folded text, labels and limits as parameters', () => {
    const statement = searchStatement('Zqlìege  Forum', ['Organisation', 'Event'], 5, freshParams())!;
    expect(view(statement)).toMatchSnapshot();
    expect(Object.values(statement.params)).toContain('zqliege forum');
    expectParameterised(statement, ['Zqlìege', 'zqliege']);
  });

  it('text without words or first 0 gives no statement', () => {
    expect(searchStatement(' * ', undefined, 5, freshParams())).toBeUndefined();
    expect(searchStatement('Cedefop', undefined, 0, freshParams())).toBeUndefined();
  });
});

describe('stats', () => {
  const filter = { yearFrom: 2010, yearTo: 2020, countryCodes: ['zq', 'pl'] };
  const cases = {
    eventCountsByCountry: () => eventCountsByCountryStatement(filter, freshParams()),
    counts: () =>
      countsStatement(StatsMeasure.EVENTS, [StatsDimension.COUNTRY, StatsDimension.YEAR], filter, freshParams()),
    timeSeries: () => timeSeriesStatement(StatsMeasure.PUBLICATIONS, {}, freshParams()),
    topOrganisations: () => topOrganisationsStatement(OrganisationActivity.ANY, 10, filter, freshParams()),
    standardsByCountryAndLevel: () => standardsByCountryAndLevelStatement({ yearFrom: 2000 }, freshParams()),
    coOccurrenceOrganisations: () => coOccurrenceStatement(CoOccurrenceSubject.ORGANISATIONS, 5, filter, freshParams()),
    coOccurrenceCountries: () => coOccurrenceStatement(CoOccurrenceSubject.COUNTRIES, 5, {}, freshParams()),
  };

  it.each(Object.keys(cases))('%s', (name) => {
    const statement = cases[name as keyof typeof cases]();
    expect(view(statement)).toMatchSnapshot();
    expectParameterised(statement, ['zq', 'ZQ']);
  });

  it('counts states its measure and grouping as parameters and bounds as integers', () => {
    const statement = countsStatement(StatsMeasure.COMPETENCE_STANDARDS, [StatsDimension.KIND], filter, freshParams());
    // Two countries, not grouped by country: an item in both counts once, so the items are read, not the cells.
    expect(statement.cypher).toContain('MATCH (item:CompetenceStandard)');
    const oneCountry = { ...filter, countryCodes: ['pl'] };
    expect(countsStatement(StatsMeasure.EVENTS, [StatsDimension.KIND], oneCountry, freshParams()).cypher).toContain(
      'MATCH (b:CountBucket {measure: $',
    );
    expect(view(statement).params).toEqual({
      s0_0: 'int(2010)',
      s0_1: 'int(2020)',
      s0_2: 'COMPETENCE_STANDARDS',
      s0_3: ['ZQ', 'PL'],
      s0_4: false,
      s0_5: false,
      s0_6: true,
    });
  });
});

describe('network', () => {
  it('ranked paths: hops, count and types in the text, ends as parameters', () => {
    const query = { minHops: 1, maxHops: 3, types: ['HOSTED_BY' as const, 'MEMBER_OF' as const], first: 4 };
    const statement = rankedPathsStatement('org:zq-a', 'org:zq-b', query, freshParams());
    expect(view(statement)).toMatchSnapshot();
    expect(statement.cypher).toContain('MATCH p = SHORTEST 4 ((a) (()-[:HOSTED_BY|MEMBER_OF]-(x)){1,3} (b)');
    expect(statement.cypher).not.toContain('{{');
    expectParameterised(statement, ['zq-a', 'zq-b']);
  });

  it('shortest paths only: all paths of the shortest length', () => {
    const query = { minHops: 2, maxHops: 6, types: undefined, first: 25, shortestOnly: true };
    const statement = rankedPathsStatement('org:zq-a', 'org:zq-b', query, freshParams());
    expect(statement.cypher).toContain('MATCH p = SHORTEST 1 GROUP ((a)');
    expect(statement.cypher).toContain('LIMIT 25');
  });

  it('refuses hop bounds out of range', () => {
    const query = { minHops: 3, maxHops: 2, types: undefined, first: 1 };
    expect(() => rankedPathsStatement('a', 'b', query, freshParams())).toThrow('hops out of range: 3..2');
  });

  it('neighbourhood: one step per ring', () => {
    const statement = neighbourhoodStatement('org:zq-a', 2, 50, ['HOSTED_BY'], freshParams());
    expect(view(statement)).toMatchSnapshot();
    expect(statement.cypher.match(/UNWIND frontier AS f/g)).toHaveLength(2);
    expect(statement.cypher).not.toContain('{{');
    expectParameterised(statement, ['zq-a']);
  });
});

describe('country timeline', () => {
  it('the country and the years as parameters', () => {
    const statement = countryTimelineStatement('country:ZQ', 2000, 2010, freshParams());
    expect(view(statement)).toMatchSnapshot();
    expectParameterised(statement, ['country:ZQ']);
  });
});
