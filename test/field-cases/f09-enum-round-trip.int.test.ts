import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const UPDATE_KIND =
  'mutation($kind: OrganisationKind) { updateOrganisation(id: "org:test-le-centre", input: { kind: $kind }) { id kind } }';

describe('F9. Enum key versus value: a round trip fails validation', () => {
  const fixture = useTestApi(loadFieldCaseFixture);
  const storedKind = async () =>
    (
      await fixture.graph.cypher(
        'MATCH (n:Organisation {id: "org:test-le-centre"}) RETURN n.kind AS kind, n.updatedAt AS at',
      )
    )[0];

  it('sends back the kind it read, and the stored property stays "VET_PROVIDER"', async () => {
    const read = await fixture.api.query('{ organisation(id: "org:test-le-centre") { kind } }');
    const kind = read.data!.organisation.kind;
    expect(kind).toBe('VET_PROVIDER');

    const updated = await fixture.api.query(UPDATE_KIND, { kind }, await authHeader('editor'));
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateOrganisation).toEqual({ id: 'org:test-le-centre', kind: 'VET_PROVIDER' });
    expect((await storedKind()).kind).toBe('VET_PROVIDER');
  });

  it('refuses NOT_A_KIND as a GraphQL validation error before any resolver runs, writing nothing', async () => {
    const before = await storedKind();
    const literal = await fixture.api.query(
      'mutation { updateOrganisation(id: "org:test-le-centre", input: { kind: NOT_A_KIND }) { id } }',
      {},
      await authHeader('editor'),
    );
    expect(literal.data).toBeUndefined();
    expect(literal.errors).toHaveLength(1);
    expect(literal.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors![0].message).toContain('NOT_A_KIND');

    const variable = await fixture.api.query(UPDATE_KIND, { kind: 'NOT_A_KIND' }, await authHeader('editor'));
    expect(variable.data).toBeUndefined();
    expect(variable.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await storedKind()).toEqual(before);
  });
});
