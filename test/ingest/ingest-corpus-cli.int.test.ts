import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { emptyTotals } from '../../src/cli/ingest-corpus/corpus-run';
import { fixturePath } from '../support/fixtures';
import { emptyGraph, graphCounts, openTestGraph, TestGraph } from '../support/test-graph';

const cli = path.join(projectRoot(), 'dist', 'src', 'cli', 'ingest.js');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env } });

/** A corpus of two fixture pages, a line that is not JSON and a page about no event. */
function writeCorpus(dir: string): string {
  const page = (name: string, url: string) =>
    JSON.stringify({ url, text: fs.readFileSync(fixturePath(`ingest/${name}`), 'utf8') });
  const lines = [
    page('workshop-bonn-2017-de.txt', 'https://example.org/bonn-2017'),
    '{not json',
    page('seminaire-strasbourg-2015-fr.txt', 'https://example.org/strasbourg-2015'),
    JSON.stringify({
      url: 'https://example.org/vacancy',
      text: 'We are hiring a policy officer. Apply by sending your CV.',
    }),
  ];
  const file = path.join(dir, 'corpus.jsonl');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('`npm run ingest -- --corpus FILE.jsonl` (issue 13, item 1)', () => {
  let graph: TestGraph;
  let dir: string;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-corpus-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('writes each event page in its own transaction and reports pages, events, entities and refusals', async () => {
    const corpus = writeCorpus(dir);
    const checkpoint = path.join(dir, 'run.checkpoint.json');
    const result = run('--corpus', corpus, '--checkpoint', checkpoint, '--json');
    expect(result.status).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      pagesRead: 3,
      pagesWritten: 2,
      pagesRefused: 1,
      eventsCreated: 2,
      badLines: [{ line: 2, reason: 'not JSON' }],
    });
    expect(Object.keys(report.refusals)).toEqual([expect.stringMatching(/^text: /)]);
    expect(report.refusedPages).toEqual([
      { line: 4, url: 'https://example.org/vacancy', reason: expect.stringMatching(/^text: /) },
    ]);
    const [{ events, documents }] = await graph.executor.read(
      'MATCH (e:Event) WITH count(e) AS events MATCH (d:SourceDocument) RETURN events, count(d) AS documents',
    );
    expect({ events, documents }).toEqual({ events: 2, documents: 2 });
    // Every node is a document, a created entity or a proposal queued for review (issue 11).
    expect(report.proposalsQueued).toBeGreaterThan(0);
    expect(report.entitiesCreated).toBe((await graphCounts(graph)).nodes - Number(documents) - report.proposalsQueued);
  });

  it('resumes from its checkpoint: pages done are not read again; --restart reads them all and writes nothing new', async () => {
    const corpus = path.join(dir, 'corpus.jsonl');
    const checkpoint = path.join(dir, 'resume.checkpoint.json');
    fs.writeFileSync(checkpoint, JSON.stringify({ corpus, dryRun: false, done: [1], totals: emptyTotals() }));
    const before = await graphCounts(graph);
    const resumed = JSON.parse(run('--corpus', corpus, '--checkpoint', checkpoint, '--json').stdout);
    expect(resumed).toMatchObject({ pagesRead: 2, pagesWritten: 0, pagesAlreadyIngested: 1, pagesRefused: 1 });
    expect(JSON.parse(fs.readFileSync(checkpoint, 'utf8')).done).toEqual([1, 3, 4]);
    const restarted = JSON.parse(run('--corpus', corpus, '--checkpoint', checkpoint, '--restart', '--json').stdout);
    expect(restarted).toMatchObject({ pagesRead: 3, pagesWritten: 0, pagesAlreadyIngested: 2, pagesRefused: 1 });
    expect(await graphCounts(graph)).toEqual(before);
  });
});
