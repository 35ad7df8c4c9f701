/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM, not Node.
import { ingestDocument } from '../../src/pipelines/ingest/ingest.service';
import { openBrowser, TestBrowser } from '../support/browser';
import { useTestApi } from '../support/test-api';
import { emptyGraph, TestGraph } from '../support/test-graph';
import { authHeader } from '../support/tokens';

/** A synthetic listing page: participating countries are read below the fact threshold (0.7), so each is proposed for review. */
const LISTING = [
  'Newsletter of the network',
  '',
  'Regional seminar on work-based learning',
  '',
  'A regional seminar on work-based learning will take place in Tallinn on 3 and 4 March 2022, organised by the national agency. Experts from Latvia and Lithuania will take part.',
  '',
  'Annual plenary meeting',
  '',
  'The annual plenary meeting of the network will be held in Lisbon on 9 and 10 November 2022.',
].join('\n');

async function prepare(graph: TestGraph) {
  await emptyGraph(graph);
  await ingestDocument(graph.executor, {
    text: LISTING,
    sourceUrl: 'https://example.org/newsletter-2022',
    dryRun: false,
    actor: 'test',
  });
}

/* Issue 11, item 3: editors see the review queue on a page of the dashboard and accept or reject each proposal. */
describe('/dashboard/review in headless Chromium', () => {
  const fixture = useTestApi(prepare);
  let browser: TestBrowser;
  const rowOf = (id: string) => `#review-list tr[data-id="${id}"]`;

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it('without an editor token it says where to paste one', async () => {
    await browser.page.goto(`${fixture.api.url}/dashboard/review`);
    await browser.page.waitForSelector('#review-list[data-state="error"]');
    expect(await browser.page.textContent('#review-status')).toContain('Paste a token into the IDE');
  });

  it('lists every pending proposal; Accept writes exactly it, Reject writes nothing and keeps the record', async () => {
    const { authorization } = await authHeader('editor', 'dashboard-editor');
    await browser.page.evaluate(
      (value) => localStorage.setItem('graphiql:headers', JSON.stringify({ Authorization: value })),
      authorization,
    );
    await browser.page.goto(`${fixture.api.url}/dashboard/review`);
    await browser.page.waitForSelector('#review-list[data-state="ready"]');

    const pending = await fixture.graph.cypher(
      "MATCH (p:Proposal {status: 'PENDING'}) RETURN p.id AS id, p.field AS field, p.targetId AS target ORDER BY p.createdAt, p.id",
    );
    const shown = await browser.page.$$eval('#review-list tbody tr', (rows) =>
      rows.map((row) => (row as HTMLElement).dataset.id),
    );
    expect(shown).toEqual(pending.map((p) => p.id));
    expect(await browser.page.textContent('#review-status')).toBe(`${pending.length} pending.`);
    await browser.screenshot('dashboard-review-queue');

    const latvia = pending.find((p) => p.field === 'PARTICIPATED_IN' && p.target === 'country:LV')!;
    const lithuania = pending.find((p) => p.field === 'PARTICIPATED_IN' && p.target === 'country:LT')!;
    await browser.page.click(`${rowOf(latvia.id as string)} .review__accept`);
    await browser.page.waitForSelector(`${rowOf(latvia.id as string)}[data-status="ACCEPTED"]`);
    await browser.page.fill(`${rowOf(lithuania.id as string)} .review__reason`, 'venue not confirmed');
    await browser.page.click(`${rowOf(lithuania.id as string)} .review__reject`);
    await browser.page.waitForSelector(`${rowOf(lithuania.id as string)}[data-status="REJECTED"]`);

    expect(
      await fixture.graph.cypher(
        'MATCH (c:Country)-[:PARTICIPATED_IN]->(e:Event) RETURN c.id AS country, e.id AS event',
      ),
    ).toEqual([{ country: 'country:LV', event: 'event:regional-seminar-on-work-based-learning-2022' }]);
    const reviewed = await fixture.graph.cypher(
      'MATCH (p:Proposal) WHERE p.id IN $ids RETURN p.status AS status, p.reviewedBy AS by, p.rejectionReason AS reason ORDER BY status',
      { ids: [latvia.id, lithuania.id] },
    );
    expect(reviewed).toEqual([
      { status: 'ACCEPTED', by: 'dashboard-editor', reason: null },
      { status: 'REJECTED', by: 'dashboard-editor', reason: 'venue not confirmed' },
    ]);
  });
});
