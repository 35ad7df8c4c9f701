import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const PAGE = `Peer learning activity on quality in Osnabrück

The peer learning activity took place in Osnabrück (Germany) on 4–5 June 2019. It was hosted by the
Réseau Tést Formé and organised by Cedefop. It followed up the Osnabrück Declaration (2020).

Event Date(s)
04/06/2019 - 05/06/2019
`;

const INGEST = `mutation($text: String!) { ingestDocument(text: $text, sourceUrl: "https://example.org/f19", dryRun: true) {
  title event { name props } entities { role entityType id name action props } relationships { type from to action } warnings } }`;

type Entity = { role: string; entityType: string; id: string; name: string };

describe('F19. Decomposed Unicode (NFD) breaks ingestion and names', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('the same page precomposed (NFC) and decomposed (NFD) gives the same extraction', async () => {
    const admin = await authHeader('admin');
    const nfd = PAGE.normalize('NFD');
    expect(nfd).not.toBe(PAGE.normalize('NFC'));
    const [composed, decomposed] = await Promise.all(
      [PAGE.normalize('NFC'), nfd].map((text) => fixture.api.query(INGEST, { text }, admin)),
    );
    expect(composed.errors).toBeUndefined();
    expect(decomposed.errors).toBeUndefined();
    expect(decomposed.data).toEqual(composed.data);

    const entities = composed.data!.ingestDocument.entities as Entity[];
    const named = (role: string) => entities.filter((e) => e.role === role).map((e) => e.name);
    expect(named('host')).toEqual(['Réseau Tést Formé']);
    expect(named('city')).toEqual(['Osnabrück']);
    expect(entities.filter((e) => e.role === 'country').map((e) => e.id)).toEqual(['country:DE']);
    expect(named('organiser')).toEqual(['Cedefop']);
    expect(named('cited policy document')).toEqual(['Osnabrück Declaration']);
    for (const entity of entities) expect(entity.name).toBe(entity.name.normalize('NFC'));
  });

  it('stores a name sent decomposed in NFC, and both forms find it', async () => {
    const editor = await authHeader('editor');
    const created = await fixture.api.query(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }',
      { input: { name: 'Re\u0301seau Te\u0301st Forme\u0301', countryCode: 'FR' } },
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganisation).toEqual({ id: 'org:reseau-test-forme', name: 'Réseau Tést Formé' });
    const [stored] = await fixture.graph.cypher(
      'MATCH (n:Organisation {id: "org:reseau-test-forme"}) RETURN n.name AS name',
    );
    expect(stored.name).toBe('R\u00e9seau T\u00e9st Form\u00e9');

    const read = await fixture.api.query('{ organisation(id: "org:reseau-test-forme") { name } }');
    expect(read.data!.organisation.name).toBe('R\u00e9seau T\u00e9st Form\u00e9');
    for (const text of ['Réseau Tést', 'Re\u0301seau Te\u0301st']) {
      const found = await fixture.api.query(
        'query($t: String!) { organisations(where: { nameContains: $t }) { nodes { id } } }',
        { t: text },
      );
      expect(found.data!.organisations.nodes).toEqual([{ id: 'org:reseau-test-forme' }]);
    }
  });
});
