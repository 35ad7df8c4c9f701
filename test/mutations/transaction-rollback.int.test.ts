import { WriteRepository } from '../../src/pipelines/write/write.repository';
import { loadFieldCaseFixture } from '../support/fixtures';
import { graphSnapshot } from '../support/graph-snapshot';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const LINK = 'mutation($input: LinkInput!) { link(input: $input) { created } }';

describe('a mutation is one transaction: a failure half-way leaves the graph exactly as it was', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  beforeAll(async () => {
    // A series of two: the 2012 seminar is part of the 2013 PLA, which is part of the November meeting.
    const editor = await authHeader('editor');
    for (const [from, to] of [
      ['event:test-seminar-2012', 'event:test-pla-2013'],
      ['event:test-pla-2013', 'event:test-meeting-2013-11'],
    ]) {
      const response = await fixture.api.query(LINK, { input: { type: 'PART_OF', from, to, role: 'part' } }, editor);
      expect(response.errors).toBeUndefined();
    }
  });

  it('a PART_OF link that closes a cycle is written, found to loop by the next statement, and rolled back whole', async () => {
    const before = await graphSnapshot(fixture.graph);
    const response = await fixture.api.query(
      LINK,
      {
        input: {
          type: 'PART_OF',
          from: 'event:test-meeting-2013-11',
          to: 'event:test-seminar-2012',
          role: 'loop',
          sources: ['https://example.org/x'],
        },
      },
      await authHeader('editor'),
    );
    expect(response.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.to',
          reason:
            'event:test-seminar-2012 already leads back to event:test-meeting-2013-11 through PART_OF; this link would make a cycle',
        },
      ],
    });
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
  });

  it('re-linking an existing relationship into a cycle does not keep its changed properties either', async () => {
    await fixture.api.query(
      LINK,
      { input: { type: 'FOLLOWS', from: 'event:test-pla-2013', to: 'event:test-seminar-2012', role: 'before' } },
      await authHeader('editor'),
    );
    await fixture.graph.cypher(
      'MATCH (a {id: "event:test-seminar-2012"}), (b {id: "event:test-pla-2013"}) CREATE (a)-[:FOLLOWS {role: "stray"}]->(b)',
    );
    const before = await graphSnapshot(fixture.graph);
    const response = await fixture.api.query(
      LINK,
      { input: { type: 'FOLLOWS', from: 'event:test-pla-2013', to: 'event:test-seminar-2012', role: 'changed' } },
      await authHeader('editor'),
    );
    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
  });

  it('a database error after a create and a link in one transaction undoes both', async () => {
    const before = await graphSnapshot(fixture.graph);
    const attempt = fixture.graph.executor.writeTransaction(async (tx) => {
      const writes = new WriteRepository(tx, 'test');
      await writes.create('Topic', {
        id: 'topic:rollback-test',
        name: 'Rollback test',
        searchKey: 'rollback test',
        props: {},
        sources: [],
      });
      await writes.mergeRelationship('ABOUT', 'event:test-pla-2013', 'topic:rollback-test', { note: 'half-way' }, null);
      expect(await tx.run('MATCH (n {id: "topic:rollback-test"})<-[r:ABOUT]-() RETURN count(r) AS n')).toEqual([
        { n: 1 },
      ]);
      await tx.run('RETURN 1 / 0 AS boom'); // a real Neo4j error (ArithmeticError), not one of ours
    });
    await expect(attempt).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.ArithmeticError' });
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
  });
});
