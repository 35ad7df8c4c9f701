import { useTestApi } from '../support/test-api';
import { loadFieldCaseFixture } from '../support/fixtures';
import { readConfig } from '../../src/config';
import { signLocalToken } from '../../src/auth/token-verifier';

const SECRET = 'sk_live_SHOULD_NOT_ECHO';
const SECRET_KEY = 'f18-production-token-secret-of-32-chars-or-more';
const CREATE = 'mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }';

/** An editor token signed with the production app's secret. */
async function editorHeader(): Promise<Record<string, string>> {
  const token = await signLocalToken(
    readConfig({ ...process.env, NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET_KEY }).auth,
    'test-editor',
    ['editor'],
  );
  return { authorization: `Bearer ${token}` };
}

/** How often `needle` occurs in `text`. */
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

/**
 * F18. A variable that failed validation came back whole in the error message (credentials included), and a huge
 * value sent as an Int came back several times. With NODE_ENV=production: BAD_USER_INPUT naming the field and the
 * reason, the value at most as a short excerpt, once, and an answer under 2 kB.
 */
describe('F18. Error answers echo the values that were sent', () => {
  // Production needs its own token secret; the test signs with the same one.
  const fixture = useTestApi(loadFieldCaseFixture, { NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET_KEY });

  it('an unknown input field apiKey: named with the reason, its value nowhere, under 2 kB', async () => {
    const response = await fixture.api.query(
      CREATE,
      { i: { name: 'Org Test', countryCode: 'BE', apiKey: SECRET } },
      await editorHeader(),
    );
    const text = JSON.stringify(response);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/"apiKey" is not defined/);
    expect(error.extensions!.fields).toEqual([
      expect.objectContaining({ field: '$i', reason: expect.stringMatching(/"apiKey" is not defined/) }),
    ]);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('Org Test');
    expect(text.length).toBeLessThan(2_000);
  });

  it('an 800 000-character string as an Int variable, no token: expected Int, a 40-character excerpt at most once, under 2 kB', async () => {
    const huge = 'x'.repeat(800_000);
    const response = await fixture.api.query('query ($f: Int) { events(first: $f) { totalCount } }', { f: huge });
    const text = JSON.stringify(response);
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(
      /^Variable "\$f" got an invalid value; Int cannot represent non-integer value: "x{40}…"$/,
    );
    expect(error.extensions!.fields).toEqual([
      { field: '$f', reason: 'Variable "$f" got an invalid value; Int cannot represent non-integer value: …' },
    ]);
    expect(occurrences(text, 'x'.repeat(40))).toBe(1);
    expect(occurrences(text, 'x'.repeat(41))).toBe(0);
    expect(text.length).toBeLessThan(2_000);
  });

  it('an out-of-range Int and an unknown enum value appear at most once, in the message, never in fields[].reason', async () => {
    const big = await fixture.api.query('query ($n: Int) { organisations(first: $n) { totalCount } }', {
      n: 99999999999,
    });
    expect(occurrences(JSON.stringify(big), '99999999999')).toBe(1);
    expect(big.errors![0].extensions!.fields).toEqual([{ field: '$n', reason: expect.stringMatching(/value: …$/) }]);
    const kind = await fixture.api.query(
      'query ($k: EventKind!) { events(first: 1, where: { kinds: [$k] }) { totalCount } }',
      { k: 'NOPE_NOT_A_KIND' },
    );
    expect(kind.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(occurrences(JSON.stringify(kind), 'NOPE_NOT_A_KIND')).toBeLessThanOrEqual(1);
    expect(JSON.stringify(kind.errors![0].extensions!.fields)).not.toContain('NOPE_NOT_A_KIND');
  });
});
