import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';

const cli = path.join(projectRoot(), 'dist', 'src', 'cli', 'ingest-names-check.js');

// Synthetic pages written for this test (no corpus text): the dry run lists what it would create, flags nothing.
describe('`npm run ingest:names` (issue 11: no fragment becomes an entity)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-names-'));
    fs.mkdirSync(path.join(dir, 'dev'));
    const page =
      'Example skills seminar\n\nThe seminar took place in Porto on 3 May 2031. It was organised by Cedefop on 3 May in cooperation with the Example Skills Agency (ESA) of Portugal.';
    fs.writeFileSync(path.join(dir, 'dev', 'p1.txt'), page);
    fs.writeFileSync(
      path.join(dir, 'dev', 'p1.expected.json'),
      JSON.stringify({ url: 'https://example.org/p1', events: [] }),
    );
    const bulk = [
      JSON.stringify({
        url: 'https://example.org/b1',
        text: 'Regional workshop\n\nThe workshop will be held in Wien on 4 June 2031, hosted by the Example Chamber of Crafts.',
      }),
      '{not json',
      JSON.stringify({
        url: 'https://example.org/b2',
        text: 'We are hiring a policy officer. Apply by sending your CV.',
      }),
    ];
    fs.writeFileSync(path.join(dir, 'bulk.jsonl'), `${bulk.join('\n')}\n`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists the names a dry run would create, with counts and time, and flags none', () => {
    const run = spawnSync(
      process.execPath,
      [cli, '--dev', path.join(dir, 'dev'), '--bulk', path.join(dir, 'bulk.jsonl'), '--list'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    // "in cooperation with the Example Skills Agency": an organiser the bundled data does not know, read by a rule the
    // reviewed bulk pages show right 4 times in 24 (data/calibration): a proposal, not a name created.
    expect(
      lines
        .filter((line) => /^organisation: /.test(line))
        .map((line) => line.replace(/ \(.*$/, ''))
        .sort(),
    ).toEqual(['organisation: "Cedefop"', 'organisation: "Example Chamber of Crafts"']);
    expect(lines).toContain('bulk/2: not a JSON object, skipped');
    expect(lines).toContain('pages: 3 (1 dev, 2 bulk); events: 2; crashes: 0');
    expect(lines).toContain('flagged: 0 (0 on held-out dev pages, not printed)');
    expect(run.stdout).toMatch(/^total time: \d+\.\d s$/m);
  });
});
