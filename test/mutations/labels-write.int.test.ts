import { loadFieldCaseFixture } from '../support/fixtures';
import { graphSnapshot } from '../support/graph-snapshot';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const CREATE =
  'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id labels { lang value source } } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id labels { lang value } } }';
const READ = 'query($id: ID!) { organisation(id: $id) { fr: name(lang: "fr") de: name(lang: "de") } }';

/** Issue 16: the write mutations take labels in other languages, with the importer's rules. */
describe('labels through the write mutations', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('creates with labels (name(lang:) and search find them), replaces them on update, and removes them with null', async () => {
    const editor = await authHeader('editor');
    const created = await fixture.api.query(
      CREATE,
      {
        input: {
          id: 'org:test-labels-agency',
          name: 'National Agency for Testing Labels',
          labels: [
            { lang: 'FR', value: 'Agence nationale des essais', source: 'https://example.org/fr' },
            { lang: 'de', value: 'Nationale Testagentur' },
          ],
        },
      },
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganisation.labels).toEqual([
      { lang: 'fr', value: 'Agence nationale des essais', source: 'https://example.org/fr' },
      { lang: 'de', value: 'Nationale Testagentur', source: null },
    ]);
    expect((await fixture.api.query(READ, { id: 'org:test-labels-agency' })).data!.organisation).toEqual({
      fr: 'Agence nationale des essais',
      de: 'Nationale Testagentur',
    });
    const found = await fixture.api.query('{ search(query: "Testagentur") { node { id } } }');
    expect(found.data!.search.map((hit: { node: { id: string } }) => hit.node.id)).toContain('org:test-labels-agency');

    const updated = await fixture.api.query(
      UPDATE,
      { id: 'org:test-labels-agency', input: { labels: [{ lang: 'it', value: 'Agenzia nazionale di prova' }] } },
      editor,
    );
    expect(updated.data!.updateOrganisation.labels).toEqual([{ lang: 'it', value: 'Agenzia nazionale di prova' }]);
    const [{ key }] = await fixture.graph.cypher("MATCH (n {id: 'org:test-labels-agency'}) RETURN n.searchKey AS key");
    expect(key).toBe('national agency for testing labels | agenzia nazionale di prova');

    const cleared = await fixture.api.query(UPDATE, { id: 'org:test-labels-agency', input: { labels: null } }, editor);
    expect(cleared.data!.updateOrganisation.labels).toEqual([]);
    const [{ props }] = await fixture.graph.cypher(
      "MATCH (n {id: 'org:test-labels-agency'}) RETURN [k IN keys(n) WHERE k STARTS WITH 'label'] AS props",
    );
    expect(props).toEqual([]);
  });

  it('refuses a bad language tag or a blank label naming the field, writing nothing and not echoing the value', async () => {
    const before = await graphSnapshot(fixture.graph);
    const response = await fixture.api.query(
      CREATE,
      {
        input: {
          name: 'Another agency',
          labels: [
            { lang: 'not a tag but a long sentence', value: 'x' },
            { lang: 'fr', value: '   ' },
          ],
        },
      },
      await authHeader('editor'),
    );
    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const fields = response.errors![0].extensions!.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['input.labels[0].lang', 'input.labels[1].value']);
    expect(JSON.stringify(response.errors)).not.toContain('long sentence');
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
  });
});
