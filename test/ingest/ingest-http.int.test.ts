import fs from 'node:fs';
import { readConfig } from '../../src/config';
import { signLocalToken } from '../../src/auth/token-verifier';
import { fixturePath } from '../support/fixtures';
import { useTestApi } from '../support/test-api';
import { emptyGraph, graphCounts } from '../support/test-graph';

const PAGE = fs.readFileSync(fixturePath('ingest/conference-vienna-2018.html'), 'utf8');
const URL = 'https://www.cedefop.europa.eu/en/events/apprenticeships-future-quality-and-attractiveness';
const INGEST = `
  mutation Ingest($text: String!, $url: String!, $dryRun: Boolean) {
    ingestDocument(text: $text, sourceUrl: $url, dryRun: $dryRun) {
      dryRun alreadyIngested title titleOrigin
      sourceDocument { id url contentHash documentType ingestedAt }
      event { id name action confidence span { start end text } props }
      entities { role entityType id name action confidence span { start end text } }
      relationships { type from to action confidence span { text } }
      counts { entitiesCreated relationshipsCreated proposals }
      proposals { kind reason field targetId proposedValue confidence status }
    }
  }`;

const token = (role: 'reader' | 'editor' | 'admin') => signLocalToken(readConfig().auth, `test-${role}`, [role]);

describe('ingestDocument over HTTP: admin only, dry run by default, provenance one query away (issue 4, section 3)', () => {
  const fixture = useTestApi(emptyGraph);

  it('refuses a caller without a token (UNAUTHENTICATED) or without the admin role (FORBIDDEN), writing nothing', async () => {
    const anonymous = await fixture.api.query(INGEST, { text: PAGE, url: URL, dryRun: false });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const editor = await fixture.api.query(
      INGEST,
      { text: PAGE, url: URL, dryRun: false },
      { authorization: `Bearer ${await token('editor')}` },
    );
    expect(editor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await graphCounts(fixture.graph)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('a dry run (the default) returns entities and relationships with confidences and spans of the page text', async () => {
    const response = await fixture.api.query(
      INGEST,
      { text: PAGE, url: URL },
      { authorization: `Bearer ${await token('admin')}` },
    );
    expect(response.errors).toBeUndefined();
    const result = response.data!.ingestDocument;
    expect(result).toMatchObject({
      dryRun: true,
      title: 'Apprenticeships for the future: quality and attractiveness',
      titleOrigin: 'heading',
    });
    expect(result.sourceDocument).toMatchObject({ url: URL, ingestedAt: null });
    expect(result.event.props).toMatchObject({
      kind: 'CONFERENCE',
      startDate: '2018-10-03',
      endDate: '2018-10-04',
      url: URL,
    });
    expect(result.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          role: 'host',
          id: 'org:austrian-federal-economic-chamber',
          action: 'CREATE',
          span: expect.objectContaining({ text: 'Austrian Federal Economic Chamber' }),
        }),
        expect.objectContaining({
          role: 'city',
          id: 'place:vienna',
          span: expect.objectContaining({ text: 'Vienna' }),
        }),
      ]),
    );
    // Participating countries are read with confidence 0.7, below the fact threshold 0.75: proposed, not written.
    expect(result.relationships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'PARTICIPATED_IN', from: 'country:DK', action: 'PROPOSE' }),
      ]),
    );
    expect(result.proposals).toEqual(
      expect.arrayContaining([
        {
          kind: 'RELATIONSHIP',
          reason: 'BELOW_THRESHOLD',
          field: 'PARTICIPATED_IN',
          targetId: 'country:DK',
          proposedValue: expect.stringContaining('PARTICIPATED_IN → '),
          confidence: 0.7,
          status: 'PENDING',
        },
      ]),
    );
    expect(result.counts.proposals).toBe(result.proposals.length);
    expect(await graphCounts(fixture.graph)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('applying writes in one go, and every created node answers "where does this come from?" through sourceDocuments', async () => {
    const admin = { authorization: `Bearer ${await token('admin')}` };
    const applied = await fixture.api.query(INGEST, { text: PAGE, url: URL, dryRun: false }, admin);
    expect(applied.errors).toBeUndefined();
    const { id: eventId } = applied.data!.ingestDocument.event;
    const provenance = await fixture.api.query(
      `query ($id: ID!) { node(id: $id) { id sourceDocuments { id url documentType } ... on Event { hostedBy { edges { relationship { sources attributes } node { id sourceDocuments { url } } } } } } }`,
      { id: eventId },
    );
    expect(provenance.errors).toBeUndefined();
    const node = provenance.data!.node;
    const documentId = applied.data!.ingestDocument.sourceDocument.id;
    expect(node.sourceDocuments).toEqual([{ id: documentId, url: URL, documentType: null }]);
    expect(node.hostedBy.edges).toEqual([
      {
        relationship: { sources: [URL], attributes: { extractedFrom: [documentId], confidence: 0.85 } },
        node: { id: 'org:austrian-federal-economic-chamber', sourceDocuments: [{ url: URL }] },
      },
    ]);
    const document = await fixture.api.query(`query ($id: ID!) { sourceDocument(id: $id) { url facts { id } } }`, {
      id: documentId,
    });
    expect(document.data!.sourceDocument.facts.map((f: { id: string }) => f.id)).toContain(eventId);
  });
});
