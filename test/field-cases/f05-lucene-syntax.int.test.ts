import { useTestApi } from '../support/test-api';
import { loadFieldCaseFixture } from '../support/fixtures';

describe('F5. Lucene syntax error from user search text', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it.each(['VET (initial) [2013] + C++ ^2 !', 'AND', 'OR NOT', '"unbalanced', 'a/b', 'title:', '*', '~', '\\', ''])(
    'search(query: %j) answers 200 with no errors',
    async (text) => {
      const response = await fixture.api.post(
        JSON.stringify({
          query: 'query($q: String!) { search(query: $q) { node { __typename ... on Organisation { id name } } } }',
          variables: { q: text },
        }),
      );
      expect(response.status).toBe(200);
      const body = JSON.parse(response.text);
      expect(body.errors).toBeUndefined();
      expect(Array.isArray(body.data.search)).toBe(true);
      expect(response.text).not.toMatch(/ParseException|TokenMgrError|Lucene/);
    },
  );

  it('still finds by plain words around the syntax ("Le Centre (Test)!" finds the base fixture organisation)', async () => {
    const response = await fixture.api.query('{ search(query: "Le Centre (Test)!") { node { id } } }');
    expect(response.data!.search[0].node.id).toBe('org:test-le-centre');
  });
});
