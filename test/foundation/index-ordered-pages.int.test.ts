import { CypherParams } from '../../src/graph/cypher-identifiers';
import { encodeCursor } from '../../src/graph/keyset';
import { listStatement } from '../../src/graph/read-statements';
import { ENTITY_DEFINITIONS } from '../../src/entities/entity-definitions';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/*
 * Issue 15, the deep page: a list of every node of a type reads its page in two parts, each in a range index's order
 * (graph/keyset.ts, keysetSegments): the rows with a value of the sort key, then those without. The order must stay
 * exactly the documented one (nulls last in both directions, the id as tie-breaker), forwards and backwards, across
 * page boundaries that fall among the valued rows, on the border and among the unvalued ones. The reference order is
 * a plain Cypher ORDER BY over the bundled data, which has events without a start date and organisations without an
 * acronym.
 */
type Walk = { field: string; type: string; key: string; property: string; where?: string; withNulls: boolean };

const WALKS: Walk[] = [
  { field: 'events', type: 'Event', key: 'START_DATE', property: 'startDate', withNulls: true },
  { field: 'events', type: 'Event', key: 'NAME', property: 'searchKey', withNulls: false },
  { field: 'organisations', type: 'Organisation', key: 'ACRONYM', property: 'acronym', withNulls: true },
  {
    field: 'events',
    type: 'Event',
    key: 'YEAR',
    property: 'year',
    where: '{ kinds: [CONFERENCE, SEMINAR] }',
    withNulls: true,
  },
];

describe('index-ordered list pages keep the documented order (issue 15, deep pages)', () => {
  // Some 300 pages are asked: the rate limit (600 a minute) is off for this server.
  const fixture = useTestApi(loadBundledData, { RATE_LIMIT_MAX: '0' });

  async function expectedIds(walk: Walk, direction: 'ASC' | 'DESC'): Promise<string[]> {
    const kinds = walk.where ? "WHERE m.kind IN ['CONFERENCE', 'SEMINAR']" : '';
    const rows = await fixture.graph.cypher(
      `MATCH (m:${walk.type}) ${kinds} RETURN m.id AS id ORDER BY m.${walk.property} IS NULL, m.${walk.property} ${direction}, m.id`,
    );
    return rows.map((row) => row.id as string);
  }

  async function page(walk: Walk, direction: string, args: string, variables: Record<string, unknown>) {
    const where = walk.where ? `where: ${walk.where},` : '';
    const response = await fixture.api.query(
      `query($after: String, $before: String) { ${walk.field}(${where} ${args}, after: $after, before: $before,
        orderBy: { field: ${walk.key}, direction: ${direction} }) {
        nodes { id } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`,
      variables,
    );
    expect(response.errors).toBeUndefined();
    const connection = response.data![walk.field];
    return { ids: connection.nodes.map((n: { id: string }) => n.id) as string[], info: connection.pageInfo };
  }

  describe.each(WALKS)('$field by $key', (walk) => {
    it.each(['ASC', 'DESC'] as const)(
      '%s: walked forwards and backwards in pages of 37, every row once, in order',
      async (direction) => {
        const expected = await expectedIds(walk, direction);
        const kinds = walk.where ? "AND m.kind IN ['CONFERENCE', 'SEMINAR']" : '';
        const total = await fixture.graph.cypher(
          `MATCH (m:${walk.type}) WHERE m.${walk.property} IS NULL ${kinds} RETURN count(m) AS n`,
        );
        // Where the data has rows without the key, the walk crosses from valued to unvalued rows.
        expect(Number(total[0].n) > 0).toBe(walk.withNulls);
        expect(expected.length).toBeGreaterThan(74);

        const forwards: string[] = [];
        let after: string | null = null;
        for (;;) {
          const { ids, info } = await page(walk, direction, 'first: 37', { after });
          forwards.push(...ids);
          if (!info.hasNextPage) break;
          after = info.endCursor;
        }
        expect(forwards).toEqual(expected);

        const backwards: string[] = [];
        let before: string | null = null;
        for (;;) {
          const { ids, info } = await page(walk, direction, 'last: 37', { before });
          backwards.unshift(...ids);
          if (!info.hasPreviousPage) break;
          before = info.startCursor;
        }
        expect(backwards).toEqual(expected);
      },
    );
  });

  it('a page between two cursors (after and before) holds exactly the rows between them, both ways', async () => {
    const walk = WALKS[0];
    const rows = await fixture.graph.cypher(
      'MATCH (m:Event) RETURN m.id AS id, toString(m.startDate) AS value ORDER BY m.startDate IS NULL, m.startDate, m.id',
    );
    const expected = rows.map((row) => row.id as string);
    const border = rows.findIndex((row) => row.value === null);
    expect(border).toBeGreaterThan(40);
    const cursorAt = (index: number) =>
      encodeCursor({
        sortProperty: 'startDate',
        value: rows[index].value as string | null,
        id: rows[index].id as string,
      });
    // Cursors among the valued rows, across the border, and among the unvalued rows.
    for (const [from, to] of [
      [10, 40],
      [border - 15, border + 12],
      [border + 3, border + 30],
    ]) {
      const [after, before] = [cursorAt(from), cursorAt(to)];
      const between = expected.slice(from + 1, to);
      expect((await page(walk, 'ASC', 'first: 100', { after, before })).ids).toEqual(between);
      expect((await page(walk, 'ASC', 'last: 100', { after, before })).ids).toEqual(between);
      expect((await page(walk, 'ASC', 'first: 5', { after, before })).ids).toEqual(between.slice(0, 5));
      expect((await page(walk, 'ASC', 'last: 5', { after, before })).ids).toEqual(between.slice(-5));
    }
  });

  it('Neo4j reads a deep page from the start-date index and stops after it, without sorting every later event', async () => {
    const rows = await fixture.graph.cypher(
      'MATCH (m:Event) WHERE m.startDate IS NOT NULL RETURN m.id AS id, toString(m.startDate) AS startDate ORDER BY m.startDate, m.id SKIP 100 LIMIT 1',
    );
    const after = encodeCursor({
      sortProperty: 'startDate',
      value: rows[0].startDate as string,
      id: rows[0].id as string,
    });
    const statement = listStatement(
      {
        definition: ENTITY_DEFINITIONS.Event,
        args: { first: 20, after, orderBy: { field: 'START_DATE', direction: 'ASC' } },
        withTotal: false,
        maxPageSize: 100,
      },
      new CypherParams(),
    );
    const session = fixture.graph.driver.session();
    try {
      const result = await session.run(`PROFILE ${statement.cypher}`, statement.params);
      const operators: Array<{ type: string; rows: number }> = [];
      const walkPlan = (plan: any) => {
        operators.push({ type: plan.operatorType.replace(/@.*/, ''), rows: Number(plan.rows) });
        (plan.children ?? []).forEach(walkPlan);
      };
      walkPlan(result.summary.profile);
      const types = operators.map((o) => o.type);
      expect(types).toContain('NodeIndexSeekByRange');
      expect(types).toContain('PartialTop');
      // Every scan or seek reads at most the page and the row that tells a next page exists, plus the boundary's
      // ties; the part for events without a start date is not run at all (its scan yields no row).
      const read = operators.filter((o) => /Scan|Seek/.test(o.type));
      expect(read.length).toBeGreaterThanOrEqual(2);
      for (const leaf of read) expect(leaf.rows).toBeLessThanOrEqual(25);
      expect((result.records[0].get('nodes') as unknown[]).length).toBe(21);
    } finally {
      await session.close();
    }
  });
});
