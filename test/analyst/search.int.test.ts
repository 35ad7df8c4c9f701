import { BUNDLED_COUNTS } from '../support/bundled-counts';
import { useTestApi } from '../support/test-api';
import { graphCounts, loadBundledData } from '../support/test-graph';

const SEARCH =
  'query($q: String!, $types: [EntityType!], $first: Int) { search(query: $q, types: $types, first: $first) { score node { __typename id name } } }';

describe('full-text search (issue 3, section 3)', () => {
  const fixture = useTestApi(loadBundledData);

  it('ranks name matches, folding case and accents ("osnabruck" finds the Osnabrück Declaration)', async () => {
    const response = await fixture.api.query(SEARCH, { q: 'osnabruck declaration' });
    expect(response.errors).toBeUndefined();
    const hits = response.data!.search;
    expect(hits[0].node.name).toMatch(/Osnabrück Declaration/);
    const scores = hits.map((h: any) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('reads umlauts written out ("osnabrueck" as German keyboards and our own ids write it) as the folded letter', async () => {
    const response = await fixture.api.query(SEARCH, { q: 'osnabrueck' });
    expect(response.errors).toBeUndefined();
    const ids = response.data!.search.map((hit: { node: { id: string } }) => hit.node.id);
    expect(ids).toEqual(expect.arrayContaining(['policy:osnabrueck-declaration-2020', 'place:osnabrueck']));
  });

  it('refuses more than 16 distinct words, naming the argument and the count, instead of leaving the rest out', async () => {
    // Found by a new user's trial: 16 stray words before "Cedefop" answered [] (the 17th word was dropped).
    const stray = Array.from({ length: 16 }, (_, i) => `zzqq${i}`).join(' ');
    const refused = await fixture.api.query(SEARCH, { q: `${stray} Cedefop`, first: 2 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors)).toContain(
      'query must have at most 16 distinct words (it has 17); leave out the others',
    );
    expect(JSON.stringify(refused.errors)).not.toContain('zzqq15');
    // Sixteen words, the last of them the one that finds: answered, Cedefop among the hits; a word repeated counts once.
    const fifteen = Array.from({ length: 15 }, (_, i) => `zzqq${i}`).join(' ');
    for (const q of [`${fifteen} Cedefop`, `${fifteen} Cedefop Cedefop zzqq0`]) {
      const answered = await fixture.api.query(SEARCH, { q, types: ['ORGANISATION'], first: 5 });
      expect(answered.errors).toBeUndefined();
      expect(answered.data!.search.map((h: any) => h.node.id)).toContain('org:cedefop');
    }
  });

  it('finds by acronym and restricts to types', async () => {
    const response = await fixture.api.query(SEARCH, { q: 'cedefop', types: ['ORGANISATION'], first: 5 });
    expect(response.data!.search[0].node).toEqual({
      __typename: 'Organisation',
      id: 'org:cedefop',
      name: 'European Centre for the Development of Vocational Training',
    });
    expect(response.data!.search.every((h: any) => h.node.__typename === 'Organisation')).toBe(true);
  });

  it('ranks hits with every word first, then hits with some words ("forem belgium" still finds Le Forem)', async () => {
    const some = await fixture.api.query(SEARCH, { q: 'forem belgium', types: ['ORGANISATION'], first: 10 });
    expect(some.data!.search.map((h: any) => h.node.id)).toContain('org:forem');
    const all = await fixture.api.query(SEARCH, { q: 'osnabruck declaration', first: 10 });
    expect(all.data!.search[0].node.name.toLowerCase()).toContain('osnabr');
    const [first, second] = all.data!.search;
    expect(first.score).toBeGreaterThan(second.score);
  });

  it('refuses an empty types list instead of reading it as "all types"', async () => {
    const response = await fixture.api.query(SEARCH, { q: 'forem', types: [] });
    expect(response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'types', reason: 'types must list at least one type, or be left out for all' }],
    });
  });

  it('matches word prefixes and words inside names ("trainer" finds "trainers"; "emploi" finds "l\'emploi")', async () => {
    const prefix = await fixture.api.query(SEARCH, { q: 'trainer', types: ['PUBLICATION'] });
    expect(prefix.data!.search.map((h: any) => h.node.id)).toContain(
      'pub:trainers-in-continuing-vet-emerging-competence-profile',
    );
  });

  it.each([
    ['a 10 000-character text', 'vocational '.repeat(1000).slice(0, 10_000)],
    ['emoji', '🎓 training 🇪🇺'],
    ['a lone star', '*'],
    ['Lucene field syntax', 'name:forem AND kind:VET_PROVIDER'],
    ['Cypher', "') MATCH (n) DETACH DELETE n //"],
  ])('answers %s with results or an empty list, never an error', async (_label, q) => {
    const response = await fixture.api.query(SEARCH, { q });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(Array.isArray(response.data!.search)).toBe(true);
  });

  it('leaves the graph unchanged after hostile searches', async () => {
    expect(await graphCounts(fixture.graph)).toEqual({
      nodes: BUNDLED_COUNTS.entities,
      relationships: BUNDLED_COUNTS.relationships,
    });
  });
});
