import { useTestApi } from '../support/test-api';
import { loadFieldCaseFixture } from '../support/fixtures';

/**
 * Issue 12, item 4: error answers stay small and, in production (introspection off), name nothing of the schema the
 * client did not write itself: no "Did you mean" suggestions, no type names it cannot see.
 */
describe('error shapes in production', () => {
  const fixture = useTestApi(loadFieldCaseFixture, { NODE_ENV: 'production', AUTH_JWT_SECRET: 'error-shapes-secret-of-32-characters-or-more' });

  it('an unknown field: named as sent, with no suggestion of real fields', async () => {
    const response = await fixture.api.query('{ organisations(first: 1) { nodez } }');
    expect(response.errors!.map((error) => error.message)).toEqual(['Cannot query field "nodez" on type "…".']);
  });

  it('an unknown input field in a literal: the field named, the input type it is checked against not', async () => {
    const response = await fixture.api.query('{ organisations(where: { countryCod: "BE" }) { totalCount } }');
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].message).toBe('Field "countryCod" is not defined by type "…".');
    expect(JSON.stringify(response)).not.toMatch(/OrganisationWhere|countryCode/);
  });

  it('a document with 40 mistakes gets 10 errors and the count of the others', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `nope${i}`).join(' ');
    const response = await fixture.api.query(`{ ${fields} }`);
    expect(response.errors).toHaveLength(10);
    expect(response.extensions).toEqual({ errorsNotShown: 30 });
    expect(JSON.stringify(response).length).toBeLessThan(2_000);
  });
});
