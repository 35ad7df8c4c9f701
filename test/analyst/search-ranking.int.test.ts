import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';
import { luceneQuery, searchTerms } from '../../src/features/search/lucene-query';
import { foldText } from '../../src/domain/text-folding';

const SEARCH =
  'query($q: String!, $types: [EntityType!], $first: Int) { search(query: $q, types: $types, first: $first) { score node { __typename id name } } }';

interface Hit {
  score: number;
  node: { __typename: string; id: string; name: string };
}

describe('search ranking after the analyst audit: whole-name matches first, short words only as whole words', () => {
  const fixture = useTestApi(loadBundledData);

  async function search(q: string, variables: Record<string, unknown> = {}): Promise<Hit[]> {
    const response = await fixture.api.query(SEARCH, { q, ...variables });
    expect(response.errors).toBeUndefined();
    return response.data!.search;
  }

  const ids = (hits: Hit[]) => hits.map((hit) => hit.node.id);

  /** The stored searchKey (every name, acronym and label, folded) of each id, in order. */
  async function searchKeys(list: string[]): Promise<string[]> {
    const rows = await fixture.graph.cypher('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.searchKey AS key', {
      ids: list,
    });
    return rows.map((row) => String(row.key));
  }

  /** The folded words of a name, split as the index's standard tokenizer would roughly split them. */
  const wordsOf = (name: string) =>
    foldText(name)
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);

  it('ranks the acronym match first: "Cedefop" is org:cedefop, ahead of every name that only holds the word (an event led before)', async () => {
    const hits = await search('Cedefop', { first: 5 });
    expect(hits[0].node.id).toBe('org:cedefop');
    // The full-text order below the exact match is unchanged: the next hit keeps its own Lucene score, read here from
    // the index itself, since BM25 scores move as the data and its names grow.
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
    const [{ score }] = await fixture.graph.cypher(
      "CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score WHERE node.id = $id RETURN score",
      { lucene: luceneQuery(searchTerms('Cedefop')), id: hits[1].node.id },
    );
    expect(hits[1].score).toBeCloseTo(Number(score), 5);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('ranks "BIBB" as org:bibb clearly first, then names that hold the word (the standard and the Bonn PLA among them)', async () => {
    const hits = await search('BIBB', { first: 100 });
    expect(hits[0].node.id).toBe('org:bibb');
    expect(ids(hits)).toEqual(
      expect.arrayContaining(['standard:de-aevo-framework-curriculum-2009', 'event:pla-et2020-wg-vet-2017-bonn']),
    );
    for (const key of await searchKeys(ids(hits))) expect(wordsOf(key)).toContain('bibb');
    // Before, 5.99 against 5.81; an exact match now scores above the best other hit + 1.
    expect(hits[0].score).toBeGreaterThan(hits[1].score + 1);
  });

  it('folds case, accents and spaces for the exact match as searchKey does ("  le   FORÉM ", "CÉDÉFOP")', async () => {
    expect(ids(await search('  le   FORÉM ', { first: 1 }))).toEqual(['org:forem']);
    expect(ids(await search('CÉDÉFOP', { first: 1 }))).toEqual(['org:cedefop']);
  });

  it('puts a whole-name match above the boosted all-words tier, and keeps that tier above the any-word tier', async () => {
    const hits = await search('Excellence in VET', { first: 30 });
    expect(hits[0].node.id).toBe('topic:vet-excellence');
    expect(hits[0].score).toBeGreaterThan(hits[1].score + 1);
    // "in" is a stop word of the index's analyzer: a name holding "VET" and "excellence" is in the all-words tier, one
    // holding either in the any-word tier; the tiers come in that order (the 17th Brussels seminar is all-words).
    const tiers = (await searchKeys(ids(hits).slice(1))).map((key) =>
      ['vet', 'excellence'].every((w) => wordsOf(key).includes(w)) ? 1 : 0,
    );
    expect(tiers).toEqual([...tiers].sort((a, b) => b - a));
    expect(tiers).toContain(0);
    expect(ids(hits)).toContain('event:cedefop-brussels-seminar-17');
  });

  it('ranks every entity with that exact acronym first (ETF is two organisations; TTnet the network, the working group among the rest)', async () => {
    const etf = await search('ETF');
    expect(ids(etf).slice(0, 2)).toEqual(['org:education-and-training-foundation', 'org:etf']);
    expect(etf[0].score).toBe(etf[1].score);
    expect(etf[1].score).toBeGreaterThan(etf[2].score + 1);
    const ttnet = await search('TTnet');
    expect(ttnet[0].node.id).toBe('org:ttnet');
    expect(ttnet[0].score).toBeGreaterThan(ttnet[1].score + 1);
    expect(ids(ttnet)).toContain('wg:ttnet');
  });

  it('matches original names exactly too ("Työpaikkaohjaajakoulutus" written without accents)', async () => {
    expect(ids(await search('tyopaikkaohjaajakoulutus', { first: 1 }))).toEqual([
      'standard:fi-workplace-instructor-training',
    ]);
  });

  it('keeps exact matches within the requested types ("Cedefop" among events only)', async () => {
    const hits = await search('Cedefop', { types: ['EVENT'], first: 3 });
    expect(hits[0].node.id).toBe('event:cedefop-brussels-seminars');
    expect(hits.every((hit) => hit.node.__typename === 'Event')).toBe(true);
  });

  it('"Le Forem" finds Le Forem first and only names with a word starting with "forem" (no "level", "Lehrbetrieb", "Lettmayr")', async () => {
    const hits = await search('Le Forem', { first: 100 });
    expect(ids(hits).slice(0, 2)).toEqual(['org:forem', 'standard:be-forem-competence-profile-in-company-trainers']);
    // Below them, names holding "le" as a whole word (French and Italian titles), never as a prefix.
    for (const key of await searchKeys(ids(hits)))
      expect(wordsOf(key).some((word) => word.startsWith('forem') || word === 'le')).toBe(true);
  });

  it('finds short words only as whole words, neither as prefixes nor inside words ("le", "EU")', async () => {
    const le = await search('le', { first: 100 });
    expect(ids(le)).toContain('org:forem');
    for (const key of await searchKeys(ids(le))) expect(wordsOf(key)).toContain('le');
    const eu = await search('EU', { first: 100 });
    expect(ids(eu)).toEqual(
      expect.arrayContaining(['event:osnabrueck-informal-ministerial-meeting-2020', 'policy:cedefop-regulation-2019']),
    );
    for (const key of await searchKeys(ids(eu))) expect(wordsOf(key)).toContain('eu');
  });

  it('builds prefixes from 3 characters on only (folded; whole words are still searched)', () => {
    expect(luceneQuery(searchTerms('Le Forem'))).toBe('((le) AND (forem OR forem*))^4 OR (le) OR (forem OR forem*)');
    expect(luceneQuery(searchTerms('Été'))).toBe('(été OR ete*)');
    expect(luceneQuery(searchTerms('a 🎓 EU'))).toBe('((a) AND (eu))^4 OR (a) OR (eu)');
    // Umlauts written out also match as the folded letter, as a whole word.
    expect(luceneQuery(searchTerms('Osnabrueck'))).toBe('(osnabrueck OR osnabrueck* OR osnabruck)');
  });

  it('answers a search, exact match included, in one database round trip', async () => {
    const response = await fixture.api.query(SEARCH, { q: 'Cedefop' });
    expect(response.extensions!.dbRoundTrips).toBe(1);
  });

  it.each([
    ['the searchKey separator', ' | '],
    ['a text spanning two names of one key', 'le forem | forem'],
    ['Lucene syntax around an exact name', '"Le Forem"~2 AND -forem/ OR NOT *'],
    ['a 10 000-character text starting with a name', `Le Forem ${'x '.repeat(4995)}x`],
    ['10 000 characters that fold to 18 each', 'ﷺ'.repeat(10_000)],
    ['white space and emoji only around a short word', '\t\n 🎓 le\u00a0🇪🇺 '],
  ])('answers %s with results or an empty list, never an error', async (_label, q) => {
    const response = await fixture.api.query(SEARCH, { q, first: 100 });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(Array.isArray(response.data!.search)).toBe(true);
  });
});
