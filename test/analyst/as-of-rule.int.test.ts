import neo4j from 'neo4j-driver';
import { heldInYear } from '../../src/graph/as-of';
import { CypherParams } from '../../src/graph/cypher-identifiers';
import { anchorWhere, compileWhere } from '../../src/graph/where-compiler';
import { ORGANISATION } from '../../src/entities/organisation/organisation.definition';
import { OrganisationWhere } from '../../src/entities/organisation/organisation.inputs';
import { openTestGraph, TestGraph } from '../support/test-graph';

/*
 * The "as of a year" rule (src/graph/as-of.ts) run by Neo4j itself over every form a since/until takes, and how `asOf`
 * in a `where` reaches the filters beside it and inside its OR (translation only, no data).
 */
describe('the as-of rule (issue 16, item 1)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(() => graph?.close());

  const held = async (span: Record<string, unknown>, year: number) => {
    const [row] = await graph.cypher(`WITH $span AS r RETURN ${heldInYear('r', '$year')} AS held`, {
      span,
      year: neo4j.int(year),
    });
    return row.held;
  };

  it.each([
    [
      'a month since counts in its year, not before',
      { since: '2013-05' },
      [
        [2012, false],
        [2013, true],
        [2030, true],
      ],
    ],
    [
      'a day until counts in its year, not after',
      { until: '1995-09-01' },
      [
        [1995, true],
        [1996, false],
        [1900, true],
      ],
    ],
    [
      'numbers as the data files give them',
      { since: neo4j.int(1998), until: neo4j.int(2011) },
      [
        [1997, false],
        [1998, true],
        [2011, true],
        [2012, false],
      ],
    ],
    [
      'year texts',
      { since: '2016', until: '2019' },
      [
        [2015, false],
        [2016, true],
        [2019, true],
        [2020, false],
      ],
    ],
    [
      'Neo4j dates',
      { since: new neo4j.types.Date(2004, 3, 1) },
      [
        [2003, false],
        [2004, true],
      ],
    ],
    [
      'no since and no until: open on both sides',
      {},
      [
        [1800, true],
        [2100, true],
      ],
    ],
  ] as Array<[string, Record<string, unknown>, Array<[number, boolean]>]>)('%s', async (_name, span, cases) => {
    for (const [year, expected] of cases)
      expect({ year, held: await held(span, year) }).toEqual({ year, held: expected });
  });

  it('does not count a since or until it cannot read as a year (precision before recall)', async () => {
    expect(await held({ since: 'sometime' }, 2000)).toBeFalsy();
  });

  it('hands asOf to the filters beside it and inside its OR, and into the anchor a list starts from', () => {
    const where = { asOf: 2012, OR: [{ memberOf: 'org:refernet' }, { memberOf: 'org:ttnet' }] } as OrganisationWhere;
    const params = new CypherParams();
    const cypher = compileWhere(where, ORGANISATION.filters, 'm', params)!;
    expect(cypher.match(/asOfRel\.since IS NULL/g)).toHaveLength(2);
    expect(Object.values(params.values).map(String)).toEqual(
      expect.arrayContaining(['2012', 'org:refernet', 'org:ttnet']),
    );
    const anchored = anchorWhere(
      { memberOf: 'org:refernet', asOf: 2017 } as OrganisationWhere,
      ORGANISATION.filters,
      'm',
      new CypherParams(),
    );
    expect(anchored!.clauses).toContain('asOfRel.until');
    const timeless = compileWhere(
      { memberOf: 'org:refernet' } as OrganisationWhere,
      ORGANISATION.filters,
      'm',
      new CypherParams(),
    )!;
    expect(timeless).not.toContain('since');
  });
});
