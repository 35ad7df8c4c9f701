import { acceptProposal, listProposals } from '../../src/pipelines/ingest/ingest.proposal-queue';
import { ProposalStatus } from '../../src/pipelines/ingest/ingest.proposal-types';
import { ingestDocument } from '../../src/pipelines/ingest/ingest.service';
import { emptyGraph, openTestGraph, TestGraph } from '../support/test-graph';

// Two synthetic pages (written for this test) about two events in Tallinn: both read the gazetteer's region of
// Tallinn below the threshold, so both propose the same LOCATED_IN link.
const page = (title: string, day: number) =>
  `${title}\n\nThe ${title.toLowerCase()} will take place in Tallinn (Estonia) on ${day} May 2019. It is organised by Cedefop.`;
const FIRST = page('Workshop on apprenticeship quality', 14);
const SECOND = page('Seminar on adult learning', 21);
const ingest = (graph: TestGraph, text: string, url: string) =>
  ingestDocument(graph.executor, { text, sourceUrl: url, dryRun: false, actor: 'test' });

describe('the review queue holds one pending proposal per change (issue 11d)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
  });
  afterAll(() => graph.close());

  it('two pages proposing the same region link make one proposal citing both documents; accepting it writes both', async () => {
    const first = await ingest(graph, FIRST, 'https://example.org/events/a');
    const second = await ingest(graph, SECOND, 'https://example.org/events/b');
    const regionLink = (r: typeof first) =>
      r.proposals.find((p) => p.kind === 'RELATIONSHIP' && p.field === 'LOCATED_IN' && p.targetId === 'place:tallinn');
    expect(regionLink(first)).toBeDefined();
    // The second page reports the proposal it joined, under the first page's id.
    expect(regionLink(second)!.id).toBe(regionLink(first)!.id);
    const stored = await graph.cypher(
      `MATCH (p:Proposal {kind: 'RELATIONSHIP', field: 'LOCATED_IN', targetId: 'place:tallinn'})-[:PROPOSED_FROM]->(d:SourceDocument)
       RETURN p.id AS id, p.status AS status, d.url AS url ORDER BY url`,
    );
    expect(stored).toEqual([
      { id: regionLink(first)!.id, status: 'PENDING', url: 'https://example.org/events/a' },
      { id: regionLink(first)!.id, status: 'PENDING', url: 'https://example.org/events/b' },
    ]);
    const [{ pending }] = await graph.cypher(
      `MATCH (p:Proposal {status: 'PENDING'}) WITH p.pendingKey AS key, count(*) AS n RETURN max(n) AS pending`,
    );
    expect(Number(pending)).toBe(1);

    const listed = await listProposals(graph.executor, ProposalStatus.PENDING, 100);
    expect(listed.nodes.filter((p) => p.id === regionLink(first)!.id).map((p) => p.sourceUrls)).toEqual([
      ['https://example.org/events/a', 'https://example.org/events/b'],
    ]);
    expect(new Set(listed.nodes.map((p) => p.id)).size).toBe(listed.totalCount);

    const accepted = await acceptProposal(graph.executor, regionLink(first)!.id, 'editor');
    expect(accepted.status).toBe('ACCEPTED');
    const [link] = await graph.cypher(
      `MATCH (:Place {id: 'place:tallinn'})-[r:LOCATED_IN]->(region) RETURN region.id AS region, r.sources AS sources, size(r.extractedFrom) AS documents`,
    );
    expect(link).toEqual({
      region: regionLink(first)!.change.relation!.to,
      sources: ['https://example.org/events/a', 'https://example.org/events/b'],
      documents: 2,
    });

    // A third page proposing it again, once accepted, queues a new pending proposal (the reviewed one is kept as it is).
    const third = await ingest(graph, page('Forum on skills', 28), 'https://example.org/events/c');
    const again = regionLink(third);
    if (again) {
      expect(again.id).not.toBe(regionLink(first)!.id);
      const [{ status }] = await graph.cypher('MATCH (p:Proposal {id: $id}) RETURN p.status AS status', {
        id: regionLink(first)!.id,
      });
      expect(status).toBe('ACCEPTED');
    }
  });

  it('an ingestion that finds its document written already reports 0 created, even when it planned creations', async () => {
    const text = page('Conference on guidance', 3);
    const reports = await Promise.all([0, 1, 2].map(() => ingest(graph, text, 'https://example.org/events/d')));
    const winners = reports.filter((r) => !r.alreadyIngested);
    expect(winners).toHaveLength(1);
    expect(winners[0].counts.entitiesCreated).toBeGreaterThan(0);
    for (const loser of reports.filter((r) => r.alreadyIngested)) {
      expect(loser.counts).toMatchObject({ entitiesCreated: 0, relationsCreated: 0, proposals: 0 });
    }
  });
});
