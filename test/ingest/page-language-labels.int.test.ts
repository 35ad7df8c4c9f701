import { ingestDocument } from '../../src/pipelines/ingest/ingest.service';
import { emptyGraph, openTestGraph, TestGraph } from '../support/test-graph';

/*
 * Issue 16, item 2: document ingestion records the page language's name for what it creates. A short synthetic page
 * in French (never corpus text).
 */
const PAGE = [
  'Séminaire sur la formation des formateurs en entreprise',
  '',
  'Le séminaire sur la formation des formateurs en entreprise aura lieu à Lyon les 14 et 15 mars 2019. Il est organisé par',
  'le Centre Inffo avec les partenaires sociaux. Les participants échangeront sur les compétences des tuteurs et sur',
  "la reconnaissance de leur rôle dans l'apprentissage, avec des exemples de plusieurs pays européens.",
].join('\n');

describe('ingestion labels what it creates in the page language', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
  });
  afterAll(() => graph.close());

  it('stores the French title of a new event as its "fr" label, citing the page, and search finds the entity by it', async () => {
    const url = 'https://example.org/fr/seminaire-formateurs';
    const report = await ingestDocument(graph.executor, { text: PAGE, sourceUrl: url, dryRun: false, actor: 'test' });
    const [document] = await graph.cypher('MATCH (d:SourceDocument {url: $url}) RETURN d.language AS language', {
      url,
    });
    expect(document.language).toBe('fr');
    const created = report.entities.filter((e) => e.action === 'CREATE');
    expect(created.length).toBeGreaterThan(0);
    const rows = await graph.cypher(
      'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.name AS name, n.labelLangs AS langs, n.labelValues AS values, n.labelSources AS sources, n.searchKey AS key',
      { ids: created.map((e) => e.id) },
    );
    expect(rows).toHaveLength(created.length);
    for (const row of rows) {
      expect([row.langs, row.values, row.sources]).toEqual([['fr'], [row.name], [url]]);
      expect(String(row.key)).toContain(
        String(row.name)
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase(),
      );
    }
    expect(rows.map((row) => row.name)).toContain('Séminaire sur la formation des formateurs en entreprise');
  });
});
