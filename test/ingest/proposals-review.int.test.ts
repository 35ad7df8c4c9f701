import { GraphQLResponse, useTestApi } from '../support/test-api';
import { emptyGraph } from '../support/test-graph';
import { authHeader } from '../support/tokens';

const URL = 'https://example.org/events/vet-excellence-2020';
const FIRST =
  'Annual conference on VET excellence\n\nThe annual conference on VET excellence will take place in Thessaloniki (Greece) on 4 and 5 June 2020. It is organised by Cedefop.';
// The same page, updated: the event moved online and to other dates.
const RESCHEDULED =
  'Annual conference on VET excellence\n\nOriginally scheduled for 4 and 5 June 2020 in Thessaloniki, the annual conference on VET excellence will now take place virtually on 30 June and 1 July 2020.';

const INGEST = `mutation ($text: String!) {
  ingestDocument(text: $text, sourceUrl: "${URL}", dryRun: false) {
    events { id action } counts { proposals } sourceDocument { id language }
    proposals { id kind reason field targetId proposedValue currentValue status sourceDocumentId evidence { text } }
  }
}`;
const LIST = `query ($status: ProposalStatus, $first: Int, $after: String) {
  proposals(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id field status } }
  }
}`;
const REVIEWED = 'id status reviewedBy reviewedAt rejectionReason';
const ACCEPT = `mutation ($id: ID!) { acceptProposal(id: $id) { ${REVIEWED} } }`;
const REJECT = `mutation ($id: ID!, $reason: String) { rejectProposal(id: $id, reason: $reason) { ${REVIEWED} } }`;
const EVENT = `query { event(id: "event:annual-conference-on-vet-excellence-2020") { startDate endDate virtual } }`;

/* Issue 11, item 3: the review queue. A page about an event already in the graph (same URL) with other dates is not
 * written over it: its dates and virtual flag become proposals; accepting writes exactly that, rejecting nothing. */
describe('proposals: list, accept and reject, one transaction each, audited', () => {
  const fixture = useTestApi(emptyGraph);

  it('round trip: the rescheduled page proposes its values, an editor accepts the dates and rejects the rest', async () => {
    const admin = await authHeader('admin');
    const editor = await authHeader('editor', 'editor-anna');
    const first = await fixture.api.query(INGEST, { text: FIRST }, admin);
    expect(first.errors).toBeUndefined();
    // The first page queues what it reads below the threshold (the gazetteer's region of Thessaloniki).
    const earlier = first.data!.ingestDocument.counts.proposals;
    const ingested = await fixture.api.query(INGEST, { text: RESCHEDULED }, admin);
    expect(ingested.errors).toBeUndefined();
    const result = ingested.data!.ingestDocument;
    expect(result.events).toEqual([{ id: 'event:annual-conference-on-vet-excellence-2020', action: 'LINK' }]);
    expect(result.sourceDocument.language).toBe('en');
    const byField = Object.fromEntries(result.proposals.map((p: { field: string }) => [p.field, p]));
    expect(Object.keys(byField).sort()).toEqual(['startDate, endDate', 'virtual']);
    expect(byField['startDate, endDate']).toMatchObject({
      kind: 'PROPERTY',
      reason: 'PARTIAL_MATCH',
      targetId: 'event:annual-conference-on-vet-excellence-2020',
      status: 'PENDING',
      proposedValue: '{"startDate":"2020-06-30","endDate":"2020-07-01"}',
      currentValue: '{"startDate":"2020-06-04","endDate":"2020-06-05"}',
      sourceDocumentId: result.sourceDocument.id,
      evidence: { text: '30 June and 1 July 2020' },
    });
    // Nothing changed on the event yet.
    expect((await fixture.api.query(EVENT)).data!.event).toEqual({
      startDate: '2020-06-04',
      endDate: '2020-06-05',
      virtual: null,
    });

    // Readers may not see or review the queue.
    const reader = await authHeader('reader');
    expect((await fixture.api.query(LIST, {}, reader)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await fixture.api.query(ACCEPT, { id: byField.virtual.id }, reader)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );

    // Listed oldest first, one page at a time: every pending proposal once, the newest page's last.
    const listed: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: GraphQLResponse = await fixture.api.query(LIST, { first: 1, after }, editor);
      expect(page.errors).toBeUndefined();
      expect(page.data!.proposals.totalCount).toBe(earlier + 2);
      listed.push(...page.data!.proposals.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.data!.proposals.pageInfo.hasNextPage) break;
      after = page.data!.proposals.pageInfo.endCursor;
    }
    expect(listed).toHaveLength(earlier + 2);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.slice(-2).sort()).toEqual([byField['startDate, endDate'].id, byField.virtual.id].sort());

    // Accept the dates: exactly those are written, the review is recorded.
    const accepted = await fixture.api.query(ACCEPT, { id: byField['startDate, endDate'].id }, editor);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptProposal).toMatchObject({
      status: 'ACCEPTED',
      reviewedBy: 'editor-anna',
      rejectionReason: null,
    });
    expect(Date.parse(accepted.data!.acceptProposal.reviewedAt)).not.toBeNaN();
    expect((await fixture.api.query(EVENT)).data!.event).toEqual({
      startDate: '2020-06-30',
      endDate: '2020-07-01',
      virtual: null,
    });

    // Reject the virtual flag: nothing is written, the record is kept with the reason.
    const rejected = await fixture.api.query(
      REJECT,
      { id: byField.virtual.id, reason: 'hybrid, not online only' },
      editor,
    );
    expect(rejected.data!.rejectProposal).toMatchObject({
      status: 'REJECTED',
      reviewedBy: 'editor-anna',
      rejectionReason: 'hybrid, not online only',
    });
    expect((await fixture.api.query(EVENT)).data!.event).toEqual({
      startDate: '2020-06-30',
      endDate: '2020-07-01',
      virtual: null,
    });
    const [record] = await fixture.graph.cypher(
      'MATCH (p:Proposal {id: $id})-[:PROPOSED_FROM]->(d:SourceDocument) RETURN p.status AS status, d.url AS url',
      { id: byField.virtual.id },
    );
    expect(record).toEqual({ status: 'REJECTED', url: URL });
    const entities = await fixture.graph.cypher('MATCH (n:Entity) RETURN n.id AS id, n.virtual AS virtual ORDER BY id');
    expect(entities.find((e) => e.id === 'event:annual-conference-on-vet-excellence-2020')).toEqual({
      id: 'event:annual-conference-on-vet-excellence-2020',
      virtual: null,
    });

    // A reviewed proposal cannot be reviewed again; an unknown one is NOT_FOUND.
    expect((await fixture.api.query(ACCEPT, { id: byField.virtual.id }, editor)).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    expect((await fixture.api.query(REJECT, { id: 'proposal:nope' }, editor)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const pending = await fixture.api.query(LIST, { status: 'PENDING' }, editor);
    expect(pending.data!.proposals.totalCount).toBe(earlier);
    const done = await fixture.api.query(LIST, { status: 'REJECTED' }, editor);
    expect(done.data!.proposals.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([byField.virtual.id]);
  });
});
