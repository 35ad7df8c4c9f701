import { loadFieldCaseFixture } from '../support/fixtures';
import { graphSnapshot } from '../support/graph-snapshot';
import { useTestApi } from '../support/test-api';
import { graphCounts } from '../support/test-graph';
import { authHeader } from '../support/tokens';

describe('delete', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('keeps a node others depend on and says what depends on it (CONFLICT with the dependents)', async () => {
    const before = await graphSnapshot(fixture.graph);
    const response = await fixture.api.query(
      'mutation { deletePlace(id: "place:testville") { id } }',
      {},
      await authHeader('admin'),
    );
    expect(response.errors).toHaveLength(1);
    const { extensions, message } = response.errors![0];
    expect(extensions).toEqual({
      code: 'CONFLICT',
      id: 'place:testville',
      dependentCount: 3,
      dependents: [
        { relationship: 'HELD_IN', direction: 'INCOMING', id: 'event:test-pla-2013', type: 'Event' },
        { relationship: 'HELD_IN', direction: 'INCOMING', id: 'event:test-seminar-2012', type: 'Event' },
        { relationship: 'LOCATED_IN', direction: 'OUTGOING', id: 'country:BE', type: 'Country' },
      ],
    });
    expect(message).toContain('force: true');
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
  });

  it('with force: true removes the node and its relationships', async () => {
    const before = await graphCounts(fixture.graph);
    const response = await fixture.api.query(
      'mutation { deletePlace(id: "place:testville", force: true) { id removedRelationships } }',
      {},
      await authHeader('admin'),
    );
    expect(response.data!.deletePlace).toEqual({ id: 'place:testville', removedRelationships: 3 });
    expect(await graphCounts(fixture.graph)).toEqual({
      nodes: before.nodes - 1,
      relationships: before.relationships - 3,
    });
  });

  it('deletes an unlinked node without force; an unknown or other-typed id is NOT_FOUND', async () => {
    const admin = await authHeader('admin');
    const done = await fixture.api.query(
      'mutation { deleteOrganisation(id: "org:test-liga") { id removedRelationships } }',
      {},
      admin,
    );
    expect(done.data!.deleteOrganisation).toEqual({ id: 'org:test-liga', removedRelationships: 0 });
    expect(await fixture.graph.cypher('MATCH (n {id: "org:test-liga"}) RETURN n')).toEqual([]);
    const again = await fixture.api.query('mutation { deleteOrganisation(id: "org:test-liga") { id } }', {}, admin);
    expect(again.errors![0].extensions).toEqual({ code: 'NOT_FOUND', id: 'org:test-liga' });
    const otherType = await fixture.api.query(
      'mutation { deleteOrganisation(id: "country:BE", force: true) { id } }',
      {},
      admin,
    );
    expect(otherType.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
