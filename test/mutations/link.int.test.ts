import { loadFieldCaseFixture } from '../support/fixtures';
import { graphSnapshot } from '../support/graph-snapshot';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const LINK = `mutation($input: LinkInput!) { link(input: $input) {
  type created from { id } to { id }
  relationship { type role since until sources attributes createdAt updatedAt updatedBy } } }`;
const UNLINK = 'mutation($input: UnlinkInput!) { unlink(input: $input) { type from to } }';

describe('link and unlink', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('creates a relationship with role, since, until, sources and attributes, then updates it in place', async () => {
    const editor = await authHeader('editor', 'dora');
    const input = {
      type: 'MEMBER_OF',
      from: 'org:test-liga',
      to: 'org:test-le-centre',
      role: 'founding partner',
      since: '2002',
      until: '2011-06',
      sources: ['https://example.org/m'],
      attributes: { representative: 'A. Test' },
    };
    const first = await fixture.api.query(LINK, { input }, editor);
    expect(first.errors).toBeUndefined();
    expect(first.data!.link).toMatchObject({
      type: 'MEMBER_OF',
      created: true,
      from: { id: 'org:test-liga' },
      to: { id: 'org:test-le-centre' },
      relationship: {
        type: 'MEMBER_OF',
        role: 'founding partner',
        since: '2002',
        until: '2011-06',
        sources: ['https://example.org/m'],
        attributes: { representative: 'A. Test' },
        updatedBy: 'dora',
      },
    });
    expect(first.data!.link.relationship.createdAt).toBe(first.data!.link.relationship.updatedAt);

    const second = await fixture.api.query(
      LINK,
      { input: { type: 'MEMBER_OF', from: 'org:test-liga', to: 'org:test-le-centre', role: 'partner', until: null } },
      editor,
    );
    expect(second.data!.link).toMatchObject({
      created: false,
      relationship: { role: 'partner', since: '2002', until: null, sources: ['https://example.org/m'] },
    });
    const rows = await fixture.graph.cypher(
      'MATCH (:Entity {id: "org:test-liga"})-[r:MEMBER_OF]->(:Entity {id: "org:test-le-centre"}) RETURN count(r) AS n',
    );
    expect(rows[0].n).toBe(1);

    const read = await fixture.api.query(
      '{ organisation(id: "org:test-le-centre") { members { edges { node { id } relationship { role } } } } }',
    );
    expect(read.data!.organisation.members.edges).toEqual([
      { node: { id: 'org:test-liga' }, relationship: { role: 'partner' } },
    ]);
  });

  it.each([
    [
      { type: 'HOSTED_BY', from: 'org:test-liga', to: 'event:test-pla-2013' },
      'input.type',
      'HOSTED_BY cannot start at an Organisation (allowed: Event)',
    ],
    [
      { type: 'HELD_IN', from: 'event:test-pla-2013', to: 'org:test-liga' },
      'input.type',
      'HELD_IN cannot end at an Organisation (allowed: Place, Country)',
    ],
    [
      { type: 'HOSTED_BY', from: 'event:test-pla-2013', to: 'org:nobody' },
      'input.to',
      'no entity has the id "org:nobody"',
    ],
    [
      { type: 'FOLLOWS', from: 'event:test-pla-2013', to: 'event:test-pla-2013' },
      'input.to',
      'must differ from input.from: an entity is not linked to itself',
    ],
  ])('refuses %o: %s', async (input, field, reason) => {
    const before = await graphSnapshot(fixture.graph);
    const response = await fixture.api.query(LINK, { input }, await authHeader('editor'));
    expect(response.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field, reason }] });
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
  });

  it('unlink removes exactly that relationship; a second unlink is NOT_FOUND', async () => {
    const editor = await authHeader('editor');
    const input = { type: 'HOSTED_BY', from: 'event:test-pla-2013', to: 'org:test-le-centre' };
    const removed = await fixture.api.query(UNLINK, { input }, editor);
    expect(removed.data!.unlink).toEqual(input);
    const rows = await fixture.graph.cypher(
      'MATCH (:Entity {id: "event:test-pla-2013"})-[r]->() RETURN collect(type(r)) AS types',
    );
    expect(rows[0].types).toEqual(['HELD_IN']);
    const again = await fixture.api.query(UNLINK, { input }, editor);
    expect(again.errors![0].extensions).toEqual({ code: 'NOT_FOUND', ...input });
    expect(again.errors![0].message).toBe(
      `There is no ${input.type} relationship from "${input.from}" to "${input.to}"`,
    );
  });
});
