import { encodeCursor } from '../../src/graph/keyset';
import { relationBranch, relationStatement } from '../../src/graph/relation-statement';
import { expectParameterised, freshParams, specOf, view } from './statement-view';

/*
 * Statements of relationship fields (`Event.hostedBy`, `Country.organisations`, ...): one UNION branch per field
 * and arguments, each UNWINDing the parent ids, built without a database.
 */

const MAX_PAGE = 100;

const selection = { fields: ['name'], relationship: true, total: true };

describe('relationship field connections', () => {
  it('one relationship, several parents, edges with the relationship and totalCount', () => {
    const request = { spec: specOf('Event', 'hostedBy'), args: {}, selection, parentIds: ['event:zq-1', 'event:zq-2'] };
    const statement = relationBranch({ ...request, maxPageSize: MAX_PAGE }, 0, freshParams());
    expect(view(statement)).toMatchSnapshot();
    expect(statement.cypher).toContain('MATCH (n)-[r:HOSTED_BY]->(m:Organisation)');
    expectParameterised(statement, ['zq-1', 'zq-2']);
  });

  it('with where, orderBy and a cursor, without totalCount or relationship', () => {
    const after = encodeCursor({ sortProperty: 'year', value: 2014, id: 'event:zq-7' });
    const orderBy = { field: 'YEAR', direction: 'DESC' as const };
    const args = { first: 5, after, orderBy, where: { nameContains: 'ZqForum' } };
    const request = {
      spec: specOf('Organisation', 'hostedEvents'),
      args,
      selection: { ...selection, relationship: false, total: false },
      parentIds: ['org:zq-host'],
    };
    const statement = relationBranch({ ...request, maxPageSize: MAX_PAGE }, 3, freshParams());
    expect(view(statement)).toMatchSnapshot();
    expect(statement.cypher).toContain('RETURN 3 AS g, pid, null AS total, page');
    expect(statement.cypher).toContain('rel: null');
    expectParameterised(statement, ['ZqForum', 'zqforum', 'zq-7', 'zq-host']);
  });

  it('asOf on a dated relationship: the relationship held in that year', () => {
    const request = { spec: specOf('Country', 'memberOf'), args: { asOf: 2004 }, selection, parentIds: ['country:ZQ'] };
    const statement = relationBranch({ ...request, maxPageSize: MAX_PAGE }, 0, freshParams());
    expect(view(statement)).toMatchSnapshot();
    expect(statement.cypher).toContain('r.since IS NULL OR toInteger(left(toString(r.since), 4)) <= $s0_0');
    expectParameterised(statement, ['country:ZQ']);
  });

  it('asOf on a derived field: the seat in that year replaces the current seat', () => {
    const spec = specOf('Country', 'organisations');
    const request = { spec, args: { asOf: 2010, first: 3 }, parentIds: ['country:ZQ'] };
    const now = relationBranch({ ...request, args: { first: 3 }, maxPageSize: MAX_PAGE }, 0, freshParams());
    const then = relationBranch({ ...request, maxPageSize: MAX_PAGE }, 0, freshParams());
    expect(view(then)).toMatchSnapshot();
    expect(now.cypher).not.toContain('seatThen');
    expect(then.cypher).toContain('seatThen');
    expect(then.cypher).toContain('(m:Organisation)');
  });

  it('asOf on a field without years is refused', () => {
    const request = { spec: specOf('Place', 'country'), args: { asOf: 2010 }, parentIds: ['place:zq'] };
    const build = () => relationBranch({ ...request, maxPageSize: MAX_PAGE }, 0, freshParams());
    expect(build).toThrow('has no since/until to honour');
  });

  it('the fields of one tick are one UNION ALL statement sharing parameter names', () => {
    const params = freshParams();
    const common = { args: { first: 2 }, selection, parentIds: ['event:zq-1'], maxPageSize: MAX_PAGE };
    const hosts = relationBranch({ ...common, spec: specOf('Event', 'hostedBy') }, 0, params);
    const countries = relationBranch({ ...common, spec: specOf('Event', 'countries') }, 1, params);
    const statement = relationStatement([hosts, countries], params);
    expect(view(statement)).toMatchSnapshot();
    expect(statement.cypher.split('\nUNION ALL\n')).toHaveLength(2);
    expectParameterised(statement, ['zq-1']);
  });
});
