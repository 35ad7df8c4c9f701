import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';
import { graphCounts } from '../support/test-graph';
import { authHeader } from '../support/tokens';

const CREATE =
  'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name acronym countryCode } }';

describe('F12. Apostrophe in a name breaks a string-built query', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('creates "Office de l\'Emploi Test", reads the name back byte-identical and finds it by nameContains', async () => {
    const editor = await authHeader('editor');
    const created = await fixture.api.query(
      CREATE,
      { input: { name: "Office de l'Emploi Test", acronym: 'OET', countryCode: 'BE' } },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const { id, name } = created.data!.createOrganisation;
    expect(id).toBe('org:office-de-lemploi-test');
    expect(Buffer.from(name, 'utf8').equals(Buffer.from("Office de l'Emploi Test", 'utf8'))).toBe(true);

    const found = await fixture.api.query(
      '{ organisations(where: { nameContains: "de l\'E" }) { nodes { id acronym } } }',
    );
    expect(found.data!.organisations.nodes).toEqual([{ id, acronym: 'OET' }]);

    // The case names the argument `text`; the search query of issue 3 calls it `query`.
    const searched = await fixture.api.query('query($q: String!) { search(query: $q) { node { id } } }', {
      q: "l'Emploi",
    });
    expect(searched.errors).toBeUndefined();
    expect(searched.data!.search.map((hit: { node: { id: string } }) => hit.node.id)).toContain(id);
  });

  it('stores a name written as Cypher literally, and the node count rises by exactly one', async () => {
    const editor = await authHeader('editor');
    const before = await graphCounts(fixture.graph);
    const name = "Test' }) DETACH DELETE n //";
    const created = await fixture.api.query(CREATE, { input: { name } }, editor);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganisation.name).toBe(name);
    const after = await graphCounts(fixture.graph);
    expect(after).toEqual({ nodes: before.nodes + 1, relationships: before.relationships });
    const [row] = await fixture.graph.cypher('MATCH (n:Organisation {id: $id}) RETURN n.name AS name', {
      id: created.data!.createOrganisation.id,
    });
    expect(row.name).toBe(name);
  });
});
