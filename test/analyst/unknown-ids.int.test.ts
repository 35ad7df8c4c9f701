import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';

/**
 * A filter naming an entity the graph does not hold is an error, not an empty answer (a fresh user's
 * `events(where: {hostedBy: "org:nope"})` answered 0 events, which reads as a fact about that organisation).
 */
describe('filters that name an unknown entity id', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('answers BAD_USER_INPUT naming the argument path, without echoing the id', async () => {
    const response = await fixture.api.query(
      '{ events(where: { OR: [{ kinds: [WEBINAR] }, { hostedBy: "org:test-le-centr" }] }) { totalCount nodes { id } } }',
    );
    expect(response.data?.events ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'where.OR[1].hostedBy', reason: 'no stored entity has this id' }],
    });
    expect(response.errors![0].message).toBe('Invalid input: where.OR[1].hostedBy: no stored entity has this id');
    expect(response.errors![0].message).not.toContain('test-le-centr');
  });

  it('still answers an empty list when the id is known and nothing matches, and a full one when something does', async () => {
    const known = await fixture.api.query(
      `{ hosted: events(where: { hostedBy: "org:test-le-centre" }) { nodes { id } }
         none: events(where: { hostedBy: "org:test-le-centre", yearFrom: 2020 }) { totalCount nodes { id } } }`,
    );
    expect(known.errors).toBeUndefined();
    expect(known.data!.hosted.nodes).toEqual([{ id: 'event:test-pla-2013' }]);
    expect(known.data!.none).toEqual({ totalCount: 0, nodes: [] });
  });

  it('does not check what NOT excludes when the answer is not empty', async () => {
    const response = await fixture.api.query(
      '{ all: events { totalCount } notHosted: events(where: { NOT: { hostedBy: "org:nope" } }) { totalCount } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.notHosted.totalCount).toBe(response.data!.all.totalCount);
    expect(response.data!.all.totalCount).toBeGreaterThan(1);
  });
});
