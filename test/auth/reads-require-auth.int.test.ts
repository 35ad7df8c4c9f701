import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const READ = '{ organisation(id: "org:test-liga") { id } }';

describe('READS_REQUIRE_AUTH=true: queries need the reader role', () => {
  const fixture = useTestApi(loadFieldCaseFixture, { READS_REQUIRE_AUTH: 'true' });

  it('a query without a token is UNAUTHENTICATED and returns no data', async () => {
    const response = await fixture.api.query(READ);
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
    expect(response.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('a token without any role is FORBIDDEN', async () => {
    const response = await fixture.api.query(READ, {}, await authHeader([]));
    expect(response.status).toBe(403);
    expect(response.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', neededRole: 'reader' });
  });

  it.each(['reader', 'editor', 'admin'] as const)('a %s token reads', async (role) => {
    const response = await fixture.api.query(READ, {}, await authHeader(role));
    expect(response.errors).toBeUndefined();
    expect(response.data!.organisation).toEqual({ id: 'org:test-liga' });
  });

  it('a reader token still cannot write', async () => {
    const response = await fixture.api.query(
      'mutation { createTopic(input: { name: "Reader topic" }) { id } }',
      {},
      await authHeader('reader'),
    );
    expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
