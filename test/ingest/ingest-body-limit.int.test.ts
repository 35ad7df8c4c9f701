import fs from 'node:fs';
import { DEFAULT_MAX_BODY_BYTES, readConfig } from '../../src/config';
import { signLocalToken } from '../../src/auth/token-verifier';
import { MAX_DOCUMENT_LENGTH } from '../../src/domain/limits';
import { fixturePath } from '../support/fixtures';
import { useTestApi } from '../support/test-api';
import { emptyGraph, graphCounts } from '../support/test-graph';

const PAGE = fs.readFileSync(fixturePath('ingest/conference-vienna-2018.html'), 'utf8');
const URL = 'https://www.cedefop.europa.eu/en/events/apprenticeships-future-quality-and-attractiveness';
const INGEST =
  'mutation($text: String!, $url: String!) { ingestDocument(text: $text, sourceUrl: $url, dryRun: true) { dryRun title event { props } } }';

/** The fixture page grown to `length` characters with Greek prose (2 bytes per character in UTF-8) before </body>. */
function longPage(length: number): string {
  const sentence = 'Η κατάρτιση των εκπαιδευτών συζητήθηκε διεξοδικά από τους συμμετέχοντες. ';
  const filler = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - PAGE.length - '<p></p>'.length);
  return PAGE.replace('</body>', `<p>${filler}</p></body>`);
}

describe('the default body limit fits every document ingestDocument accepts (MAX_DOCUMENT_LENGTH)', () => {
  const fixture = useTestApi(emptyGraph);
  let admin: Record<string, string>;

  beforeAll(async () => {
    admin = { authorization: `Bearer ${await signLocalToken(readConfig().auth, 'test-admin', ['admin'])}` };
  });

  it('is derived from the document cap: 4 bytes per character plus 64 KiB', () => {
    expect(readConfig({}).limits.maxBodyBytes).toBe(DEFAULT_MAX_BODY_BYTES);
    expect(DEFAULT_MAX_BODY_BYTES).toBe(MAX_DOCUMENT_LENGTH * 4 + 65_536);
  });

  it('accepts a 150 000-character page (about 280 KB of JSON) in a dry run and extracts the event from it', async () => {
    const text = longPage(150_000);
    expect(text).toHaveLength(150_000);
    expect(Buffer.byteLength(JSON.stringify({ query: INGEST, variables: { text, url: URL } }))).toBeGreaterThan(
      250_000,
    );
    const response = await fixture.api.query(INGEST, { text, url: URL }, admin);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data!.ingestDocument).toMatchObject({
      dryRun: true,
      title: 'Apprenticeships for the future: quality and attractiveness',
    });
    expect(response.data!.ingestDocument.event.props).toMatchObject({ startDate: '2018-10-03', endDate: '2018-10-04' });
    expect(await graphCounts(fixture.graph)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('refuses a document over the cap by name, and a body over the limit with 413 and a short message', async () => {
    const overCap = await fixture.api.query(INGEST, { text: 'x'.repeat(MAX_DOCUMENT_LENGTH + 1), url: URL }, admin);
    expect(overCap.errors?.map((error) => error.extensions?.fields)).toEqual([
      [{ field: 'text', reason: `text must be shorter than or equal to ${MAX_DOCUMENT_LENGTH} characters` }],
    ]);

    const body = JSON.stringify({ query: INGEST, variables: { text: '中'.repeat(300_000), url: URL } });
    expect(Buffer.byteLength(body)).toBeGreaterThan(DEFAULT_MAX_BODY_BYTES);
    const tooLarge = await fixture.api.post(body, { 'content-type': 'application/json', ...admin });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.text)).toEqual({
      errors: [{ message: 'Request body too large', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
