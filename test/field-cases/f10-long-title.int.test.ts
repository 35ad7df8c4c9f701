import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';
import { graphCounts } from '../support/test-graph';
import { authHeader } from '../support/tokens';

const CREATE = 'mutation($input: CreatePublicationInput!) { createPublication(input: $input) { id title year } }';

describe('F10. Over-long string trips a database internal error', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it.each([
    ['9 000 × "a"', 'a'.repeat(9000)],
    ['4 200 × "é" (8 400 UTF-8 bytes)', 'é'.repeat(4200)],
  ])('refuses a title of %s up front with BAD_USER_INPUT naming title, writing nothing', async (_label, title) => {
    const before = await graphCounts(fixture.graph);
    const response = await fixture.api.query(CREATE, { input: { title, year: 2013 } }, await authHeader('editor'));
    expect(response.data).toEqual({ createPublication: null });
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.fields).toEqual([
      { field: 'input.title', reason: 'title must be shorter than or equal to 500 characters' },
    ]);
    expect(JSON.stringify(error)).not.toMatch(/Neo\.|50N00|DatabaseError|Cypher/);
    expect(await graphCounts(fixture.graph)).toEqual(before);
  });

  it('accepts a 500-character accented title and reads it back unchanged', async () => {
    const title = 'Évaluation des formateurs en entreprise — ĉu ŝanĝoj? '.repeat(20).slice(0, 500);
    expect(title).toHaveLength(500);
    const created = await fixture.api.query(CREATE, { input: { title, year: 2013 } }, await authHeader('editor'));
    expect(created.errors).toBeUndefined();
    const read = await fixture.api.query('query($id: ID!) { publication(id: $id) { title year } }', {
      id: created.data!.createPublication.id,
    });
    expect(read.data!.publication).toEqual({ title, year: 2013 });
  });
});
