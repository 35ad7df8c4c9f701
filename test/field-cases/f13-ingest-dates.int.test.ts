import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { ingestDocument } from '../../src/pipelines/ingest/ingest.service';
import { useTestApi } from '../support/test-api';
import { emptyGraph } from '../support/test-graph';

const SEMINAR = 'Seminar, Testville (Belgium), 28/05/2013 - 30/05/2013';
const MEETING = 'Meeting, Testville (Belgium), 01/01/2013';
const NEW_YEARS_EVE = 'Meeting, Testville (Belgium), 31/12/2012';

describe('F13 (ingest variant). Ingested dates do not shift with the time zone', () => {
  const fixture = useTestApi(emptyGraph);

  it('the ingested dates read back as written, and the 2013 filter keeps 1 January and drops 31 December 2012', async () => {
    const ids: string[] = [];
    for (const [text, url] of [
      [SEMINAR, 'https://example.org/f13-seminar'],
      [MEETING, 'https://example.org/f13-meeting'],
      [NEW_YEARS_EVE, 'https://example.org/f13-eve'],
    ]) {
      const report = await ingestDocument(fixture.graph.executor, {
        text,
        sourceUrl: url,
        dryRun: false,
        actor: 'f13',
      });
      ids.push(report.entities.find((e) => e.role === 'event')!.id);
    }
    const dates = await fixture.api.query(
      `query ($a: ID!, $b: ID!) { a: event(id: $a) { startDate endDate } b: event(id: $b) { startDate endDate } }`,
      { a: ids[0], b: ids[1] },
    );
    expect(dates.data).toEqual({
      a: { startDate: '2013-05-28', endDate: '2013-05-30' },
      b: { startDate: '2013-01-01', endDate: null },
    });
    const in2013 = await fixture.api.query('{ events(where: { yearFrom: 2013, yearTo: 2013 }) { nodes { id } } }');
    expect(in2013.data!.events.nodes.map((e: { id: string }) => e.id).sort()).toEqual([ids[1], ids[0]].sort());
  });

  it.each(['Europe/Brussels', 'America/New_York', 'Pacific/Kiritimati'])(
    '`npm run ingest -- --dry-run` under TZ=%s extracts 2013-05-28, 2013-05-30 and 2013-01-01',
    (tz) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'f13-ingest-'));
      fs.writeFileSync(path.join(dir, 'seminar.txt'), SEMINAR);
      fs.writeFileSync(path.join(dir, 'meeting.txt'), MEETING);
      const cli = path.join(projectRoot(), 'dist', 'src', 'cli', 'ingest.js');
      const run = spawnSync(
        process.execPath,
        [cli, '--dry-run', '--json', path.join(dir, 'seminar.txt'), path.join(dir, 'meeting.txt')],
        { encoding: 'utf8', env: { ...process.env, TZ: tz } },
      );
      fs.rmSync(dir, { recursive: true, force: true });
      expect(run.status).toBe(0);
      const reports = JSON.parse(run.stdout) as Array<{
        entities: Array<{ role: string; props: Record<string, unknown> }>;
      }>;
      const events = reports.map((r) => r.entities.find((e) => e.role === 'event')!.props);
      expect(events).toEqual([
        expect.objectContaining({ kind: 'SEMINAR', startDate: '2013-05-28', endDate: '2013-05-30' }),
        expect.objectContaining({ kind: 'MEETING', startDate: '2013-01-01' }),
      ]);
      expect(events[1].endDate).toBeUndefined();
    },
  );
});
