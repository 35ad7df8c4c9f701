/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM, not Node.
import { networkNodeIds, openDashboard } from '../support/dashboard-page';
import { openBrowser, TestBrowser } from '../support/browser';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

describe('/dashboard?focus= with an unknown id (issue 17, item 6)', () => {
  const fixture = useTestApi(loadBundledData);
  let browser: TestBrowser;

  beforeAll(async () => (browser = await openBrowser()));
  afterAll(async () => browser?.close());

  it('says on the page that the id is unknown and which entity it shows instead', async () => {
    await openDashboard(browser.page, fixture.api.url, '?focus=event:no-such-event');
    const notice = await browser.page.$eval('#network-notice', (element) => ({
      hidden: (element as HTMLElement).hidden,
      text: element.textContent,
    }));
    await browser.screenshot('dashboard-unknown-focus');
    expect(notice.hidden).toBe(false);
    expect(notice.text).toContain('No entity has the id “event:no-such-event” (from ?focus=); showing ');
    const shown = /showing (\S+) instead\.$/.exec(notice.text ?? '')?.[1] ?? '';
    expect(await networkNodeIds(browser.page)).toContain(shown);
    const [row] = await fixture.graph.cypher('MATCH (o:Organisation {id: $id}) RETURN o.id AS id', { id: shown });
    expect(row?.id).toBe(shown);
  });

  it('shows no notice for a known id', async () => {
    await openDashboard(browser.page, fixture.api.url, '?focus=event:pla-trainers-2013-louvain-la-neuve');
    expect(await browser.page.$eval('#network-notice', (element) => (element as HTMLElement).hidden)).toBe(true);
    expect(await networkNodeIds(browser.page)).toContain('event:pla-trainers-2013-louvain-la-neuve');
  });
});
