import fs from 'node:fs';
import { ingestDocument } from '../../src/pipelines/ingest/ingest.service';
import { fixturePath } from '../support/fixtures';
import { loadBundledData, openTestGraph, TestGraph } from '../support/test-graph';

const SEED = fs.readFileSync(fixturePath('seeds/000_5bbf75a48d9cbf39.txt'), 'utf8');

async function countsPerLabel(graph: TestGraph): Promise<Record<string, number>> {
  const rows = await graph.cypher('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label');
  return Object.fromEntries(rows.map((row) => [String(row.label), Number(row.count)]));
}

describe('ingesting the seed page into the loaded bundled graph links, never duplicates (issue 4, section 3)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await loadBundledData(graph);
  });
  afterAll(() => graph.close());

  it('resolves the event, host, place, working group, publication, policy document and contact to the existing nodes', async () => {
    // Names several entities share in the bundled data (an annual "Education Council" of 2004 and 2006, a topic and a
    // policy document both named "European Green Deal"): the page must add none.
    const sharedNames =
      'MATCH (n:Entity) WITH labels(n) AS type, n.searchKey AS key, count(*) AS copies WHERE copies > 1 RETURN collect(type[0] + ":" + key) AS keys';
    const [shared] = await graph.cypher(sharedNames);
    const before = await countsPerLabel(graph);
    const report = await ingestDocument(graph.executor, {
      text: SEED,
      sourceUrl: 'seed:000_5bbf75a48d9cbf39.txt',
      dryRun: false,
      actor: 'test',
    });
    const byRole = (role: string) =>
      report.entities
        .filter((e) => e.role === role)
        .map((e) => ({ id: e.id, action: e.action, matchedBy: e.matchedBy }));
    expect(byRole('event')).toEqual([
      { id: 'event:pla-trainers-2013-louvain-la-neuve', action: 'LINK', matchedBy: 'date and place' },
    ]);
    expect(byRole('host')).toEqual([{ id: 'org:forem', action: 'LINK', matchedBy: 'id' }]);
    expect(byRole('city')).toEqual([{ id: 'place:louvain-la-neuve', action: 'LINK', matchedBy: 'id' }]);
    expect(byRole('working group')).toEqual([
      { id: 'wg:et2020-twg-trainers-vet', action: 'LINK', matchedBy: 'name tokens' },
    ]);
    expect(byRole('cited publication')).toEqual([
      { id: 'pub:trainers-in-continuing-vet-emerging-competence-profile', action: 'LINK', matchedBy: 'id' },
    ]);
    expect(byRole('cited policy document')).toEqual([
      { id: 'policy:bruges-communique-2010', action: 'LINK', matchedBy: 'id' },
    ]);
    expect(
      byRole('adopted by')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['org:council-eu', 'org:european-commission']);
    expect(byRole('contact')).toEqual([{ id: 'person:irina-jemeljanova', action: 'LINK', matchedBy: 'id' }]);
    expect(report.entities.filter((e) => e.action === 'CREATE')).toEqual([]);

    const after = await countsPerLabel(graph);
    // What is below the fact threshold is queued for review, not written (issue 11): Proposal nodes, no entity.
    expect(report.counts.proposals).toBeGreaterThan(0);
    expect(after).toEqual({ ...before, SourceDocument: 1, Proposal: report.counts.proposals });
    expect(await graph.cypher(sharedNames)).toEqual([shared]);
  });

  it('"the Forem", "Le Forem" and "Forem" all resolve to org:forem (case, accents and article ignored)', async () => {
    for (const name of ['the Forem', 'Le Forem', 'LE FÖREM']) {
      const text = `The seminar will take place in Namur (Belgium) on 3 June 2014. It was hosted by ${name}, the public employment service.`;
      const report = await ingestDocument(graph.executor, {
        text,
        sourceUrl: 'https://example.org/forem-test',
        dryRun: true,
        actor: 'test',
      });
      expect(report.entities.find((e) => e.role === 'host')).toMatchObject({ id: 'org:forem', action: 'LINK' });
    }
  });
});
