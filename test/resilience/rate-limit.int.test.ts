import { signLocalToken } from '../../src/auth/token-verifier';
import { readConfig } from '../../src/config';
import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';

const QUERY = '{ organisation(id: "org:test-le-centre") { name } }';

describe('per-client rate limit: 429 with Retry-After (issue 6, section 1)', () => {
  const fixture = useTestApi(loadFieldCaseFixture, { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' });
  const tokenFor = (subject: string) => signLocalToken(readConfig().auth, subject, ['reader']);

  it('answers the first 3 requests of an address, then 429 with Retry-After and a GraphQL-shaped error', async () => {
    for (let i = 0; i < 3; i += 1) {
      const ok = await fixture.api.query(QUERY);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('ratelimit')).toMatch(new RegExp(`r=${2 - i};`));
    }
    const refused = await fixture.api.query(QUERY);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.errors).toEqual([
      {
        message: `Too many requests: at most 3 per 60 s for each client; retry after ${retryAfter} s.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, limit: 3, windowSeconds: 60 },
      },
    ]);
  });

  it('counts a valid token by its subject, not by the address, so one client cannot use up another’s quota', async () => {
    const alice = { authorization: `Bearer ${await tokenFor('alice')}` };
    const bob = { authorization: `Bearer ${await tokenFor('bob')}` };
    for (let i = 0; i < 3; i += 1) expect((await fixture.api.query(QUERY, {}, alice)).status).toBe(200);
    expect((await fixture.api.query(QUERY, {}, alice)).status).toBe(429);
    expect((await fixture.api.query(QUERY, {}, bob)).status).toBe(200);
  });

  it('counts an invalid token against its address (already over the limit here)', async () => {
    const response = await fixture.api.query(QUERY, {}, { authorization: 'Bearer not-a-jwt' });
    expect(response.status).toBe(429);
  });
});
