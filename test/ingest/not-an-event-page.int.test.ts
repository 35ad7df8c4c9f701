import fs from 'node:fs';
import { readConfig } from '../../src/config';
import { signLocalToken } from '../../src/auth/token-verifier';
import { ingestDocument } from '../../src/pipelines/ingest/ingest.service';
import { fixturePath } from '../support/fixtures';
import { graphSnapshot } from '../support/graph-snapshot';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

const INGEST = `mutation ($text: String!, $dryRun: Boolean) {
  ingestDocument(text: $text, sourceUrl: "https://example.org/page", dryRun: $dryRun) { title warnings counts { entitiesCreated } }
}`;

/** A deterministic stand-in for binary junk: 5 000 code points U+0000..U+00FF. */
function binaryJunk(): string {
  let seed = 7;
  return Array.from({ length: 5000 }, () =>
    String.fromCharCode((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256),
  ).join('');
}

const NEWS_ITEM = `Cedefop skills forecast: more jobs for the highly qualified

News item | 12 February 2020

Cedefop's latest skills forecast, presented at a meeting of the Governing Board, expects most new jobs to need high qualifications by 2030.`;

const IMPOSSIBLE_DATE = `Peer learning activity on validation

Event Date(s)
31/02/2019 - 01/03/2019

The peer learning activity took place in Porto, Portugal.`;

const VACANCY = `Vacancy notice

The agency is looking for a policy specialist. Contract duration: 3 years. Deadline for applications: 15 June 2020.`;

/*
 * Ingestion writes an event, so a document without the evidence of one (found by the ingestion audit: binary input
 * and blank text became an event called "Event", a news item an invented MEETING, "31/02/2019 - 01/03/2019" an event
 * starting on 1 March) is refused on write with BAD_USER_INPUT naming `text`, and a dry run says why in `warnings`.
 */
describe('documents that do not read as an event page are not written', () => {
  const fixture = useTestApi(loadBundledData);

  it.each([
    ['binary junk', binaryJunk(), 'no event date was found'],
    ['a news item', NEWS_ITEM, 'it does not read as an event page'],
    [
      'an impossible date in the Event Date(s) block',
      IMPOSSIBLE_DATE,
      'the Event Date(s) block gives "31/02/2019", a day that does not exist',
    ],
    // Before issue 11 an event page without dates was refused here; such a page now reads as an event with empty
    // dates (test/ingest/page-events.test.ts), as the dev corpus's readers take it. A page about no event stays refused.
    ['a vacancy notice with a deadline', VACANCY, 'it does not read as an event page'],
  ])('%s: refused on write, explained in a dry run, nothing written', async (_case, text, reason) => {
    const admin = { authorization: `Bearer ${await signLocalToken(readConfig().auth, 'test-admin', ['admin'])}` };
    const before = await graphSnapshot(fixture.graph);
    const written = await fixture.api.query(INGEST, { text, dryRun: false }, admin);
    expect(written.errors).toHaveLength(1);
    expect(written.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'text', reason: expect.stringContaining(reason) }],
    });
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
    const dryRun = await fixture.api.query(INGEST, { text, dryRun: true }, admin);
    expect(dryRun.errors).toBeUndefined();
    expect(dryRun.data!.ingestDocument.warnings).toEqual([
      expect.stringContaining(`writing it would be refused: ${reason}`),
    ]);
  });

  it('blank text is refused by the CLI path too (the service checks it, not only the GraphQL input)', async () => {
    for (const text of ['', '   \n\t  \u200b ']) {
      await expect(
        ingestDocument(fixture.graph.executor, { text, sourceUrl: 'file:empty.txt', dryRun: false, actor: 'test' }),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'text', reason: 'text must not be blank' }] },
      });
    }
  });

  it('control characters inside a real page are dropped: the same extraction as without them, and no warning', async () => {
    const page = fs.readFileSync(fixturePath('ingest/pla-riga-2014.txt'), 'utf8');
    const withNul = page.replace('Riga', 'Ri\u0000ga').replace(/\n/, '\u001b\n');
    const clean = await ingestDocument(fixture.graph.executor, {
      text: page,
      sourceUrl: 'file:a.txt',
      dryRun: true,
      actor: 'test',
    });
    const dirty = await ingestDocument(fixture.graph.executor, {
      text: withNul,
      sourceUrl: 'file:a.txt',
      dryRun: true,
      actor: 'test',
    });
    expect(dirty.warnings).toEqual([]);
    expect(dirty.title.value).toBe(clean.title.value);
    expect(dirty.entities.map((e) => e.name).join('|')).not.toMatch(/[\u0000-\u001f]/);
  });
});
