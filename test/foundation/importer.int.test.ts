import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ImportService } from '../../src/pipelines/import/import.service';
import { projectRoot } from '../../src/project-root';
import { fixturePath } from '../support/fixtures';
import { emptyGraph, graphCounts, openTestGraph, TestGraph } from '../support/test-graph';

describe('the importer (issue 2, section 4)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  afterAll(() => graph.close());
  beforeEach(() => emptyGraph(graph));

  it('reports each bad record with file, index and reason, skips it, and lands the good ones', async () => {
    const report = await new ImportService(graph.executor, 'test').importFiles([
      fixturePath('import-bad-records.json'),
    ]);
    const reasons = report.skipped.map((s) => `${s.file} ${s.index}: ${s.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(/^import-bad-records\.json entities\[2\]: type must be one of Country, /),
      expect.stringMatching(/^import-bad-records\.json entities\[3\]: id must be <prefix>:<kebab-case>/),
      'import-bad-records.json entities[4]: props.startDate must be an existing date written YYYY-MM-DD',
      'import-bad-records.json entities[5]: props.countryCode must be an assigned ISO 3166-1 alpha-2 country code such as BE',
      'import-bad-records.json relations[1]: to: no entity with id org:test-does-not-exist (in this import or the graph)',
      expect.stringMatching(/^import-bad-records\.json relations\[2\]: type must be one of ORGANISED_BY, /),
      'import-bad-records.json relations[3]: HOSTED_BY cannot start at an Organisation (allowed: Event)',
    ]);
    expect(report.entities.Organisation).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 2 });
    expect(report.entities.Event).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 1 });
    expect(report.relations.HOSTED_BY).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 2 });
    expect(await graphCounts(graph)).toEqual({ nodes: 2, relationships: 1 });
    const [stored] = await graph.cypher(
      'MATCH (e:Event {id: "event:test-good-event"})-[:HOSTED_BY]->(o:Organisation) RETURN e.startDate AS date, e.year AS year, o.founded AS founded',
    );
    expect(stored).toEqual({ date: '2019-03-04', year: 2019, founded: 1990 });
  });

  it('reports a file that is not JSON without stopping the other files', async () => {
    const report = await new ImportService(graph.executor, 'test').importFiles([
      fixturePath('seeds/000_5bbf75a48d9cbf39.txt'),
      fixturePath('import-bad-records.json'),
    ]);
    expect(report.skipped[0]).toEqual({
      file: '000_5bbf75a48d9cbf39.txt',
      index: '(file)',
      id: null,
      reason: expect.stringMatching(/^not valid JSON/),
    });
    expect((await graphCounts(graph)).nodes).toBe(2);
  });

  it('`npm run import` exits 2 when records were skipped, 0 when all landed, and a re-run changes nothing', () => {
    const cli = path.join(projectRoot(), 'dist', 'src', 'cli', 'import.js');
    const run = (file: string) =>
      spawnSync(process.execPath, [cli, file], { encoding: 'utf8', env: { ...process.env } });
    const bad = run(fixturePath('import-bad-records.json'));
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain(
      'skipped import-bad-records.json entities[4] (event:test-bad-date): props.startDate must be an existing date',
    );
    const good = run(fixturePath('field-cases.json'));
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/Organisation\s+created 3, updated 0, unchanged 0, skipped 0/);
    const again = run(fixturePath('field-cases.json'));
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Organisation\s+created 0, updated 0, unchanged 3, skipped 0/);
    expect(again.stdout).toMatch(/LOCATED_IN\s+created 0, updated 0, unchanged 2, skipped 0/);
  });
});
