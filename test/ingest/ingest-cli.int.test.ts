import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { fixturePath } from '../support/fixtures';
import { emptyGraph, graphCounts, openTestGraph, TestGraph } from '../support/test-graph';

const cli = path.join(projectRoot(), 'dist', 'src', 'cli', 'ingest.js');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env } });

describe('`npm run ingest -- FILE...` (issue 4, section 3)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
  });
  afterAll(() => graph.close());

  it('prints what it extracted, created and linked; a second run writes nothing', async () => {
    const first = run(
      fixturePath('ingest/seminaire-strasbourg-2015-fr.txt'),
      fixturePath('ingest/workshop-bonn-2017-de.txt'),
    );
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('workshop-bonn-2017-de.txt: written');
    // Each event's kind and dates (the entity lists do not show them; a new user's trial, 2026-12-08).
    expect(first.stdout).toMatch(
      /event event:qualitat-der-betrieblichen-ausbildung-sichern-2017: WORKSHOP, 2017-09-04 to 2017-09-05\n/,
    );
    expect(first.stdout).toMatch(
      /event event:seminaire-sur-la-validation-[\w-]+-2015: SEMINAR, 2015-03-12 to 2015-03-13\n/,
    );
    expect(first.stdout).toMatch(/host\s+org:bundesinstitut-fur-berufsbildung\s+"Bundesinstitut für Berufsbildung"/);
    expect(first.stdout).toMatch(/city\s+place:strasbourg\s+"Strasbourg"/);
    // The second page names Cedefop too: created by the first file (its organiser), linked by the second, whose
    // PUBLISHED_BY it is read below the fact threshold, so that relationship is proposed for review (issue 11).
    expect(first.stdout).toMatch(/linked to existing:[\s\S]*org:cedefop\s+"Cedefop" \(by id\)/);
    expect(first.stdout).toMatch(/proposals for review:[\s\S]*PUBLISHED_BY → Cedefop \(org:cedefop\)/);
    const counts = await graphCounts(graph);
    const second = run(
      fixturePath('ingest/seminaire-strasbourg-2015-fr.txt'),
      fixturePath('ingest/workshop-bonn-2017-de.txt'),
    );
    expect(second.status).toBe(0);
    expect(second.stdout.match(/already ingested, nothing written/g)).toHaveLength(2);
    expect(await graphCounts(graph)).toEqual(counts);
  });

  it('exits 2 and names the file when a document is refused', () => {
    const refused = run(fixturePath('ingest/does-not-exist.txt'));
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain('does-not-exist.txt: refused');
  });
});
