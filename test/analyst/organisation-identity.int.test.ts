import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/**
 * One record per organisation in the bundled graph (scripts/corpus-facts/registry.ts): a generic name is not one body
 * across countries, and the names an editor joined (data/review/same-as.json) find one record.
 */
describe('organisations in the bundled data are one record per body', () => {
  const fixture = useTestApi(loadBundledData);

  it('finds the BMBF, and only it, by its German name; its other names are its altNames', async () => {
    const response = await fixture.api.query(
      '{ organisations(first: 10, where: { nameContains: "Bildung und Forschung" }) { nodes { id altNames } } }',
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.organisations.nodes as Array<{ id: string; altNames: string[] }>;
    expect(nodes.map((n) => n.id)).toEqual(['org:bmbf']);
    expect(nodes[0].altNames).toEqual(
      expect.arrayContaining([
        'Bundesministerium für Bildung und Forschung',
        'German Federal Ministry of Education and Research',
      ]),
    );
  });

  it('gives each page\'s "Ministry of National Education" its own record: no Polish official works for a Romanian ministry', async () => {
    const rows = await fixture.graph.cypher(
      `MATCH (o:Organisation {name: 'Ministry of National Education'})
       RETURN o.id AS id, size(o.sources) AS sources,
              [(o)-[:LOCATED_IN]->(c:Country) | c.code] AS countries,
              [(p:Person)-[:WORKS_FOR]->(o) | p.id] AS staff
       ORDER BY id`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect((row.countries as string[]).length).toBeLessThanOrEqual(1);
    const lasota = rows.find((row) => (row.staff as string[]).includes('person:maciej-lasota'));
    expect(lasota?.countries).toEqual([]);
    expect(rows.filter((row) => (row.countries as string[]).includes('RO')).flatMap((row) => row.staff)).toEqual([]);
  });

  it('has no two organisations sharing a name that an editor joined', async () => {
    const [row] = await fixture.graph.cypher(
      `MATCH (o:Organisation) WHERE o.name IN ['UNESCO-UNEVOC', 'UNESCO-UNEVOC International Centre', 'DG Employment',
         'Europäische Kommission', 'Commission européenne', 'Bundesministerium für Bildung und Forschung']
       RETURN count(o) AS n`,
    );
    expect(row.n).toBe(0);
  });
});
