import { openTestGraph, emptyGraph, TestGraph } from '../support/test-graph';
import { startTestApi, TestApi } from '../support/test-api';
import { ImportService } from '../../src/pipelines/import/import.service';
import { fixturePath } from '../support/fixtures';
import { authHeader } from '../support/tokens';

const PAGE = `query($after: String) {
  organisations(first: 2, after: $after, orderBy: { field: NAME, direction: ASC }, where: { nameContains: "Agence" }) {
    nodes { name } pageInfo { endCursor hasNextPage }
  }
}`;

describe('F6. Cursor is a disguised offset, so pages shift when data changes', () => {
  let graph: TestGraph;
  let api: TestApi;
  beforeAll(async () => {
    graph = await openTestGraph();
    api = await startTestApi(graph);
  });
  afterAll(async () => {
    await api.stop();
    await graph.close();
  });
  beforeEach(async () => {
    await emptyGraph(graph);
    const report = await new ImportService(graph.executor, 'test').importFiles([fixturePath('agences.json')]);
    expect(report.skipped).toEqual([]);
  });

  const names = (response: any) => response.data.organisations.nodes.map((o: { name: string }) => o.name);

  it('an organisation inserted before the cursor does not repeat B: the next page is C and D', async () => {
    const first = await api.query(PAGE);
    expect(names(first)).toEqual(['Agence A', 'Agence B']);
    const created = await api.query(
      'mutation { createOrganisation(input: { name: "Agence AA", countryCode: "BE", sources: ["https://example.org/f6"] }) { id } }',
      {},
      await authHeader('editor'),
    );
    expect(created.errors).toBeUndefined();
    const next = await api.query(PAGE, { after: first.data!.organisations.pageInfo.endCursor });
    expect(names(next)).toEqual(['Agence C', 'Agence D']);
  });

  it('deleting A before the next page does not skip C: the next page is C and D', async () => {
    const first = await api.query(PAGE);
    const deleted = await api.query(
      'mutation { deleteOrganisation(id: "org:agence-a") { id } }',
      {},
      await authHeader('admin'),
    );
    expect(deleted.errors).toBeUndefined();
    const next = await api.query(PAGE, { after: first.data!.organisations.pageInfo.endCursor });
    expect(names(next)).toEqual(['Agence C', 'Agence D']);
  });

  it('a full walk returns every original organisation exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await api.query(PAGE, { after });
      seen.push(...names(page));
      after = page.data.organisations.pageInfo.hasNextPage ? page.data.organisations.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['Agence A', 'Agence B', 'Agence C', 'Agence D', 'Agence E']);
  });
});
