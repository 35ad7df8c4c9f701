import { ENTITY_DEFINITIONS } from '../../src/entities/entity-definitions';
import { encodeCursor } from '../../src/graph/keyset';
import { countriesByCodeStatement, entitiesByIdStatement, listStatement } from '../../src/graph/read-statements';
import { expectParameterised, freshParams, view } from './statement-view';

/*
 * Statements of the root fields that read entities: `event(id:)`/`node(id:)`/`nodes(ids:)` (one lookup by ids),
 * `countryByCode` and the lists (`events`, `organisations`, ...), built without a database.
 */

const EVENT = ENTITY_DEFINITIONS.Event;
const ORGANISATION = ENTITY_DEFINITIONS.Organisation;
const MAX_PAGE = 100;
const selection = { fields: ['name', 'startDate'], relationship: false, total: true };

describe('lookups', () => {
  it('reads entities by id once each, the ids as one parameter (entity by id, node, nodes)', () => {
    const statement = entitiesByIdStatement(['event:zq-1', 'org:zq-2', 'event:zq-1'], freshParams());
    expect(view(statement)).toMatchSnapshot();
    expect(statement.params).toEqual({ s0_0: ['event:zq-1', 'org:zq-2'] });
    expectParameterised(statement, ['zq-1', 'zq-2']);
  });

  it('reads a federation batch of one type with only the properties its selection needs (_entities)', () => {
    const statement = entitiesByIdStatement(['event:zq-1', 'event:zq-2'], freshParams(), {
      definition: EVENT,
      fields: ['startDate', 'year'],
    });
    expect(statement.cypher).toMatch(
      /^MATCH \(n:Entity:Event\) WHERE n\.id IN \$s0_0 RETURN \{labels: labels\(n\), properties: n \{/,
    );
    expect(statement.cypher).toContain('.startDate');
    expect(statement.cypher).not.toContain('properties(n)');
    expectParameterised(statement, ['zq-1']);
  });

  it('reads countries by code (countryByCode)', () => {
    const statement = countriesByCodeStatement(['ZQ', 'PL'], freshParams());
    expect(view(statement)).toMatchSnapshot();
    expectParameterised(statement, ['ZQ']);
  });
});

describe('lists', () => {
  const list = (args: object, withTotal = false, sel: typeof selection | null = selection, definition = EVENT) =>
    listStatement({ definition, args, withTotal, selection: sel ?? undefined, maxPageSize: MAX_PAGE }, freshParams());

  it('plain: every node of the label, default order, page size + 1', () => {
    const statement = list({});
    expect(view(statement)).toMatchSnapshot();
    expect(statement.cypher).toContain('CALL () { RETURN null AS total }');
    expect(statement.window).toEqual({ size: 20, backward: false, after: undefined, before: undefined });
    expect(statement.ordering).toEqual({ key: { property: 'startDate', kind: 'date' }, direction: 'ASC' });
  });

  it('an empty page (first: 0) asks only whether a row lies beyond it, without sorting the matches', () => {
    const empty = list({ where: { yearFrom: 2015, yearTo: 2018 }, first: 0 }, true);
    expect(empty.cypher).toContain('RETURN count(m) AS total');
    expect(empty.cypher).toMatch(/WITH m LIMIT \$s0_\d+\n/);
    expect(empty.cypher).not.toContain('ORDER BY');
    expect(Object.values(empty.params)).toContainEqual(expect.objectContaining({ low: 1 }));
    const page = list({ where: { yearFrom: 2015, yearTo: 2018 }, first: 5 }, true);
    // A page is sorted, in two parts Neo4j can read in index order: events with a start date, then those without.
    expect(page.cypher).toContain('AND m.startDate IS NOT NULL WITH m ORDER BY m.startDate ASC, m.id ASC LIMIT');
    expect(page.cypher).toContain('AND m.startDate IS NULL WITH m ORDER BY m.id ASC LIMIT');
    expect(page.cypher).not.toContain('IS NULL ASC');
  });

  it('every property when no selection is known', () => {
    expect(list({ first: 5 }, false, null).cypher).toContain('properties(m)');
  });

  it('filters with AND, OR and NOT, and totalCount', () => {
    const where = {
      nameContains: 'Zqlìege',
      kinds: ['CONFERENCE'],
      OR: [{ yearFrom: 2010 }, { hostedBy: 'org:zq-host' }],
      NOT: { yearTo: 1999 },
      AND: [{ participant: 'country:ZQ' }],
    };
    const statement = list({ where, first: 10 }, true);
    expect(view(statement)).toMatchSnapshot();
    expect(statement.cypher).toContain('NOT coalesce((');
    expect(statement.cypher).toContain('RETURN count(m) AS total');
    expect(statement.params.s0_0).toBe('zqliege');
    expectParameterised(statement, ['Zqlìege', 'zqliege', 'zq-host', 'country:ZQ', 'CONFERENCE']);
  });

  it('an anchored filter (countryCode) starts the match at the country', () => {
    const statement = list({ where: { countryCode: 'zq', yearFrom: 2015 } }, true);
    expect(view(statement)).toMatchSnapshot();
    const start = 'CALL () { MATCH (c:Country) WHERE c.code IN $s0_0 MATCH (m)-[:HELD_IN]';
    expect(statement.cypher.startsWith(start)).toBe(true);
    expect(statement.params.s0_0).toEqual(['ZQ']);
    expectParameterised(statement, ['zq', 'ZQ']);
  });

  it('the most selective anchor wins (an entity over a country)', () => {
    const statement = list({ where: { countryCode: 'ZQ', hostedBy: 'org:zq-host' } });
    expect(statement.cypher).toContain('MATCH (other:Entity {id: $s0_0}) MATCH (m)-[:HOSTED_BY]->(other)');
    expect(statement.params.s0_0).toBe('org:zq-host');
  });

  it('keyset after, ordered by name descending', () => {
    const after = encodeCursor({ sortProperty: 'searchKey', value: 'zq lille', id: 'event:zq-9' });
    const statement = list({ first: 3, after, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(view(statement)).toMatchSnapshot();
    expect(statement.window.after).toEqual({ sortProperty: 'searchKey', value: 'zq lille', id: 'event:zq-9' });
    expectParameterised(statement, ['zq lille', 'zq-9']);
  });

  it('keyset before with last reads backwards (reversed order)', () => {
    const before = encodeCursor({ sortProperty: 'startDate', value: '2015-03-02', id: 'event:zq-4' });
    const statement = list({ last: 2, before });
    expect(view(statement)).toMatchSnapshot();
    expect(statement.window.backward).toBe(true);
    // Before a dated event lie only dated ones (undated events come last), read from the cursor backwards.
    expect(statement.cypher).toContain('WITH m ORDER BY m.startDate DESC, m.id DESC LIMIT');
    expect(statement.cypher).not.toContain('m.startDate IS NULL');
    expectParameterised(statement, ['2015-03-02', 'zq-4']);
  });

  it('a dated filter reads the asOf of its where (organisations memberOf asOf)', () => {
    const where = { memberOf: 'wg:zq', asOf: 2012, countryCodes: ['zq'] };
    const statement = list({ where }, true, selection, ORGANISATION);
    expect(view(statement)).toMatchSnapshot();
    expectParameterised(statement, ['wg:zq', 'zq', 'ZQ']);
  });

  it('refuses bad arguments before any statement exists', () => {
    expect(() => list({ first: 1, last: 1 })).toThrow('cannot be combined with first');
    expect(() => list({ orderBy: { field: 'FOUNDED' } })).toThrow('cannot be ordered by FOUNDED');
    expect(() => list({ where: { OR: [] } })).toThrow('must list at least one condition');
  });
});
