import { readConfig } from '../../src/config';
import { signLocalToken } from '../../src/auth/token-verifier';
import { useTestApi } from '../support/test-api';
import { emptyGraph, graphCounts } from '../support/test-graph';

const INGEST = `mutation ($text: String!) { ingestDocument(text: $text, sourceUrl: "https://example.org/f10", dryRun: false) { event { id } } }`;

describe('F10. Over-long string as an ingested event name', () => {
  const fixture = useTestApi(emptyGraph);

  it.each([
    ['9 000 × "a"', 'a'.repeat(9000)],
    ['4 200 × "é" (8 400 UTF-8 bytes)', 'é'.repeat(4200)],
  ])(
    '%s as the title line is refused up front with BAD_USER_INPUT naming event.name; nothing is written',
    async (_, name) => {
      const text = `${name}\n\nThe seminar will take place in Namur (Belgium) on 3 June 2014.`;
      const response = await fixture.api.query(
        INGEST,
        { text },
        { authorization: `Bearer ${await signLocalToken(readConfig().auth, 'f10', ['admin'])}` },
      );
      expect(response.errors).toHaveLength(1);
      const [error] = response.errors!;
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual([
        { field: 'event.name', reason: expect.stringMatching(/^must be at most 500 characters/) },
      ]);
      expect(JSON.stringify(error)).not.toMatch(/Neo4j|Neo\.|50N00|DatabaseError/);
      expect(await graphCounts(fixture.graph)).toEqual({ nodes: 0, relationships: 0 });
    },
  );

  it('a 500-character accented title is accepted and reads back unchanged', async () => {
    // 500 characters, accented; it names its kind ("Séminaire"), so it is read as the event's name. A heading of one
    // repeated letter is judged no name at all and the event is written untitled (ingest.untitled.ts).
    const name = `Séminaire ${'é'.repeat(490)}`;
    expect(name).toHaveLength(500);
    const text = `${name}\n\nThe seminar will take place in Namur (Belgium) on 3 June 2014.`;
    const response = await fixture.api.query(
      INGEST,
      { text },
      { authorization: `Bearer ${await signLocalToken(readConfig().auth, 'f10', ['admin'])}` },
    );
    expect(response.errors).toBeUndefined();
    const read = await fixture.api.query(`query ($id: ID!) { event(id: $id) { name } }`, {
      id: response.data!.ingestDocument.event.id,
    });
    expect(read.data!.event.name).toBe(name);
  });
});
