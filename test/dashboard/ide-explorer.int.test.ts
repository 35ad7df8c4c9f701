/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM, not Node.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Page } from 'playwright-core';
import { NEW_TAB_QUERY } from '../../src/server/graphiql';
import { openBrowser, TestBrowser } from '../support/browser';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/** The text of the CodeMirror editor inside the element `selector` matches (GraphiQL 3's editors). */
function editorText(page: Page, selector: string): Promise<string> {
  return page.evaluate((s) => (document.querySelector(`${s} .CodeMirror`) as any).CodeMirror.getValue(), selector);
}

/** Clicks the first element `selector` matches, as a person ticks a field or an argument in the explorer. */
async function tick(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().click();
}

describe('the IDE builds a query by ticking fields, and exports it as curl and fetch (issue 17, item 5)', () => {
  const fixture = useTestApi(loadBundledData);
  let browser: TestBrowser;

  beforeAll(async () => (browser = await openBrowser()));
  afterAll(async () => browser?.close());

  it('"events in Belgium 2015-2018 with their hosts", built in the explorer, answers what Cypher finds', async () => {
    const { page } = browser;
    await page.goto(`${fixture.api.url}/graphql`, { waitUntil: 'networkidle' });
    await page.click('button[aria-label="Add tab"]');
    expect(await editorText(page, '.graphiql-query-editor')).toBe(NEW_TAB_QUERY);

    // The explorer is open by default. It follows the editor's changes (not always a tab switch at once), so the
    // hint is cleared first, as a person would; the empty document's operation is "MyQuery".
    await page.click('.graphiql-query-editor .CodeMirror');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    const operation = '.graphiql-explorer-root #query-MyQuery';
    await page.waitForSelector(operation);
    await tick(page, `${operation} span[data-field-name="events"]`);
    const events = `${operation} .graphiql-explorer-events`;
    const where = `${events} [data-arg-name="where"]`;
    await tick(page, `${where} > span`);
    for (const [argument, value] of [
      ['countryCode', 'BE'],
      ['yearFrom', '2015'],
      ['yearTo', '2018'],
    ]) {
      await tick(page, `${where} [data-arg-name="${argument}"] > span`);
      await page.locator(`${where} [data-arg-name="${argument}"] input`).first().fill(value);
    }
    await tick(page, `${events} span[data-field-name="nodes"]`);
    await tick(page, `${events} .graphiql-explorer-nodes span[data-field-name="name"]`);
    await tick(page, `${events} .graphiql-explorer-nodes span[data-field-name="startDate"]`);
    await tick(page, `${events} .graphiql-explorer-nodes span[data-field-name="hostedBy"]`);
    await tick(page, `${events} .graphiql-explorer-hostedBy span[data-field-name="nodes"]`);
    await tick(page, `${events} .graphiql-explorer-hostedBy .graphiql-explorer-nodes span[data-field-name="name"]`);

    const built = await editorText(page, '.graphiql-query-editor');
    expect(built.replace(/\s+/g, ' ').trim()).toBe(
      'query MyQuery { events(where: {countryCode: "BE", yearFrom: 2015, yearTo: 2018}) ' +
        '{ nodes { name startDate hostedBy { nodes { name } } } } }',
    );

    await page.click('button[aria-label="Execute query (Ctrl-Enter)"]');
    await page.waitForFunction(() =>
      /"data"/.test((document.querySelector('.graphiql-response .CodeMirror') as any)?.CodeMirror.getValue() ?? ''),
    );
    const answer = JSON.parse(await editorText(page, '.graphiql-response'));
    await browser.screenshot('ide-explorer-query');

    const expected = await fixture.graph.cypher(
      `MATCH (e:Event) WHERE e.year >= 2015 AND e.year <= 2018
         AND EXISTS { (e)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(:Country {code: 'BE'}) }
       RETURN e.name AS name, toString(e.startDate) AS startDate,
              COLLECT { MATCH (e)-[:HOSTED_BY]->(o:Organisation) RETURN o.name ORDER BY o.name } AS hosts
       ORDER BY e.startDate, e.id`,
    );
    expect(expected.length).toBeGreaterThan(5);
    const nodes = answer.data.events.nodes as Array<{ name: string; startDate: string; hostedBy: any }>;
    expect(
      nodes.map((n) => ({
        name: n.name,
        startDate: n.startDate,
        hosts: n.hostedBy.nodes.map((o: { name: string }) => o.name).sort(),
      })),
    ).toEqual(expected.map((row) => ({ ...row, hosts: [...(row.hosts as string[])].sort() })));

    // The code exporter shows the same request as curl; run in a shell, it answers the same.
    await page.click('button[aria-label="Show Code exporter"]');
    const curl = (await page.textContent('#code-exporter-curl')) ?? '';
    expect(curl).toContain(`curl -sS -X POST '${fixture.api.url}/graphql'`);
    expect(await page.textContent('#code-exporter-fetch')).toContain(`await fetch("${fixture.api.url}/graphql"`);
    const { stdout } = await promisify(execFile)('bash', ['-c', curl]);
    expect(JSON.parse(stdout)).toEqual(answer);
    await browser.screenshot('ide-code-exporter');

    // Offline: every request the page made went to our own server.
    const origin = new URL(fixture.api.url).origin;
    expect(browser.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('the code exporter says so when the variables are not a JSON object, and exports variables and headers', async () => {
    const { page } = browser;
    await page.goto(`${fixture.api.url}/graphql`, { waitUntil: 'networkidle' });
    const snippets = await page.evaluate(() => {
      const exportSnippets = (window as any).exportSnippets;
      return {
        bad: exportSnippets({ url: 'http://h/graphql', query: '{ a }', variables: '[1]', headers: '' }),
        good: exportSnippets({
          url: 'http://h/graphql',
          query: "query($n: String) { a(n: $n) } # it's",
          variables: '{"n": "x"}',
          headers: '{"Authorization": "Bearer t"}',
        }),
      };
    });
    expect(snippets.bad).toEqual({ error: 'The variables editor does not hold a JSON object.' });
    expect(snippets.good.curl).toBe(
      [
        "curl -sS -X POST 'http://h/graphql'",
        "  -H 'content-type: application/json'",
        "  -H 'Authorization: Bearer t'",
        `  --data '{"query":"query($n: String) { a(n: $n) } # it'\\''s","variables":{"n":"x"}}'`,
      ].join(' \\\n'),
    );
  });
});
