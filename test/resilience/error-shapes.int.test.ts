import { useTestApi } from '../support/test-api';
import { loadFieldCaseFixture } from '../support/fixtures';

/**
 * Issue 12, item 4: error answers stay small and, in production (introspection off), name nothing of the schema the
 * client did not write itself: no "Did you mean" suggestions, no type names it cannot see.
 */
describe('error shapes in production', () => {
  const fixture = useTestApi(loadFieldCaseFixture, {
    NODE_ENV: 'production',
    AUTH_JWT_SECRET: 'error-shapes-secret-of-32-characters-or-more',
  });

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

  it.each([
    [
      'an unknown argument',
      '{ organisations(frist: 1) { totalCount } }',
      'Unknown argument "frist" on field "….organisations".',
    ],
    [
      'an unknown enum value',
      '{ search(query: "x", types: [EVENTZ]) { score } }',
      'Value "EVENTZ" does not exist in "…" enum.',
    ],
    [
      'a nested unknown argument',
      '{ organisation(id: "org:forem") { memberOf(frist: 1) { totalCount } } }',
      'Unknown argument "frist" on field "….memberOf".',
    ],
  ])('%s: named as sent, the type it belongs to not', async (_label, query, message) => {
    const response = await fixture.api.query(query);
    expect(response.errors!.map((error) => error.message)).toEqual([message]);
  });

  it('a document with 40 mistakes gets 10 errors and the count of the others', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `nope${i}`).join(' ');
    const response = await fixture.api.query(`{ ${fields} }`);
    expect(response.errors).toHaveLength(10);
    expect(response.extensions).toEqual({ errorsNotShown: 30 });
    expect(JSON.stringify(response).length).toBeLessThan(2_000);
  });

  const huge = 'q'.repeat(400_000);
  it.each([
    ['an unknown field with a 400 000-character name', `{ ${huge} }`, {}],
    ['a 400 000-character string literal for an Int', `{ events(first: "${huge}") { totalCount } }`, {}],
    ['a 400 000-character id that is not found', `{ paths(from: "${huge}", to: "org:forem") { length } }`, {}],
    ['a 400 000-character variable name never used', `query ($${huge}: Int) { events { totalCount } }`, {}],
    [
      'a 400 000-character string inside an input variable',
      'query ($w: EventWhere) { events(where: $w) { totalCount } }',
      { w: { countryCode: 'BE', yearFrom: huge } },
    ],
  ])(
    '%s: the value at most once as a 40-character excerpt, the answer under 2 kB',
    async (_label, query, variables) => {
      const response = await fixture.api.query(query, variables);
      const text = JSON.stringify(response);
      expect(response.errors!.length).toBeGreaterThan(0);
      expect(text.split('q'.repeat(40)).length - 1).toBeLessThanOrEqual(1);
      expect(text).not.toContain('q'.repeat(41));
      expect(text.length).toBeLessThan(2_000);
    },
  );
});
