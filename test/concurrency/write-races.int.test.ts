import { atOnce, codes, cycleCount, duplicates, loadRaceFixture } from '../support/races';
import { GraphQLResponse, useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

/*
 * Issue 12, item 3: the write rules hold however requests interleave. Each round fires, all at once over loopback,
 * duplicated upserts of new names, identical links, the links of a FOLLOWS or PART_OF ring and identical ingestions,
 * then checks what the answers said against the graph. Bounded: ROUNDS rounds of at most 60 requests.
 */

/** Rounds per run: 5 in CI; `RACE_ROUNDS=30 npx jest test/concurrency` for a longer run. */
const ROUNDS = Number(process.env.RACE_ROUNDS ?? 5);
const COPIES = 6;
const UPSERT = 'mutation($input: CreateOrganisationInput!) { upsertOrganisation(input: $input) { id } }';
const LINK = 'mutation($input: LinkInput!) { link(input: $input) { created } }';
const UNLINK = 'mutation($input: UnlinkInput!) { unlink(input: $input) { type } }';
const INGEST =
  'mutation($text: String!, $url: String!) { ingestDocument(text: $text, sourceUrl: $url, dryRun: false) { alreadyIngested } }';
const EVENTS = [
  'event:race-e3',
  'event:race-e4',
  'event:race-e5',
  'event:race-e6',
  'event:race-e7',
  'event:race-e8',
  'event:race-e9',
];

const PAGES = [
  ['quality assurance', 'Osnabrück', 'Germany'],
  ['apprenticeship governance', 'Lyon', 'France'],
  ['digital skills', 'Porto', 'Portugal'],
  ['career guidance', 'Tampere', 'Finland'],
  ['validation of prior learning', 'Graz', 'Austria'],
];

/** An event page that ingests (a date, a place, a host, an organiser), on another topic, place and year each round. */
function page(round: number): string {
  const [topic, city, country] = PAGES[round % PAGES.length];
  const year = 1990 + (round % 100);
  return `Peer learning activity ${round + 1} on ${topic} in ${city}

The peer learning activity took place in ${city} (${country}) on 10–11 June ${year}. It was hosted by the
Réseau Tést Formé and organised by Cedefop.

Event Date(s)
10/06/${year} - 11/06/${year}
`;
}

/** The ring of `size` events starting at `offset` in EVENTS: a→b, b→c, …, last→a. */
function ring(offset: number, size: number): Array<[string, string]> {
  const nodes = Array.from({ length: size }, (_, i) => EVENTS[(offset + i) % EVENTS.length]);
  return nodes.map((node, i) => [node, nodes[(i + 1) % size]]);
}

describe('Concurrency: write rules under racing requests', () => {
  const fixture = useTestApi(loadRaceFixture, { RATE_LIMIT_MAX: '0' });

  it(`keeps ids unique, created exact, chains acyclic and ingestions single over ${ROUNDS} rounds`, async () => {
    const [editor, admin] = [await authHeader('editor'), await authHeader('admin')];
    const reported = {
      upsertIds: new Set<string>(),
      hostedPairs: new Set<string>(),
      ingestsWritten: 0,
      refusedCycles: 0,
      requests: 0,
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      const type = round % 2 === 0 ? 'FOLLOWS' : 'PART_OF';
      const links = ring(round, 3 + (round % 3));
      const names = [0, 1, 2].map((i) => `Race Upsert Agency ${round}-${i}`);
      const [upserts, identical, ringAnswers, ingests] = await Promise.all([
        atOnce(names.length * COPIES, (i) =>
          fixture.api.query(UPSERT, { input: { name: names[i % names.length], countryCode: 'BE' } }, editor),
        ),
        atOnce(10, () =>
          fixture.api.query(
            LINK,
            { input: { type: 'HOSTED_BY', from: EVENTS[round % EVENTS.length], to: 'org:race-o1' } },
            editor,
          ),
        ),
        atOnce(links.length, (i) =>
          fixture.api.query(LINK, { input: { type, from: links[i][0], to: links[i][1] } }, editor),
        ),
        atOnce(8, () =>
          fixture.api.query(INGEST, { text: page(round), url: `https://example.org/races/${round}` }, admin),
        ),
      ]);
      reported.requests += upserts.length + identical.length + ringAnswers.length + ingests.length;
      expect(codes([...upserts, ...identical, ...ingests]).filter((code) => code !== 'OK')).toEqual([]);
      for (const answer of upserts) reported.upsertIds.add(answer.data!.upsertOrganisation.id);
      const pairIsNew = !reported.hostedPairs.has(EVENTS[round % EVENTS.length]);
      expect(identical.filter((a) => a.data!.link.created)).toHaveLength(pairIsNew ? 1 : 0);
      reported.hostedPairs.add(EVENTS[round % EVENTS.length]);
      expect(codes(ringAnswers).filter((code) => code !== 'OK')).toEqual(['BAD_USER_INPUT']);
      reported.refusedCycles += 1;
      expect(ingests.filter((a) => a.data!.ingestDocument.alreadyIngested === false)).toHaveLength(1);
      reported.ingestsWritten += 1;
      expect(await cycleCount(fixture.graph, type)).toBe(0);
      await unlinkAccepted(ringAnswers, links, type);
    }

    expect(await cycleCount(fixture.graph, 'FOLLOWS')).toBe(0);
    expect(await cycleCount(fixture.graph, 'PART_OF')).toBe(0);
    expect(await duplicates(fixture.graph)).toEqual({ ids: [], names: [] });
    const [counts] = await fixture.graph.cypher(
      `CALL () { MATCH (n:Organisation) WHERE n.name STARTS WITH 'Race Upsert Agency' RETURN count(n) AS upserted }
       CALL () { MATCH (:Event)-[r:HOSTED_BY]->(:Organisation {id: 'org:race-o1'}) RETURN count(r) AS hosted }
       CALL () { MATCH (d:SourceDocument) RETURN count(d) AS documents }
       CALL () { MATCH (e:Event)-[:EXTRACTED_FROM]->(:SourceDocument) RETURN count(DISTINCT e) AS ingestedEvents }
       RETURN upserted, hosted, documents, ingestedEvents`,
    );
    expect(counts).toEqual({
      upserted: reported.upsertIds.size,
      hosted: reported.hostedPairs.size,
      documents: reported.ingestsWritten,
      ingestedEvents: ROUNDS,
    });
    expect(reported.upsertIds.size).toBe(ROUNDS * 3);
    expect(reported.requests).toBe(
      Array.from({ length: ROUNDS }, (_, r) => 3 * COPIES + 10 + 8 + 3 + (r % 3)).reduce((a, b) => a + b, 0),
    );
  });

  async function unlinkAccepted(
    answers: GraphQLResponse[],
    links: Array<[string, string]>,
    type: string,
  ): Promise<void> {
    const editor = await authHeader('editor');
    for (const [i, answer] of answers.entries()) {
      if (answer.errors) continue;
      const unlinked = await fixture.api.query(UNLINK, { input: { type, from: links[i][0], to: links[i][1] } }, editor);
      expect(unlinked.errors).toBeUndefined();
    }
  }
});
