import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';
import { ImportService } from '../../src/pipelines/import/import.service';

/* Labels in many languages (issue 16, item 2): stored names per language, found by search, shown by name(lang:). */

const SEARCH = 'query($q: String!) { search(query: $q, first: 5) { node { __typename id } } }';
/** i18n-iso-countries' names of a country in one language, the source the gazetteer file cites. */
const countryNames = (lang: string, code: string): string[] => {
  const given = (
    JSON.parse(fs.readFileSync(require.resolve(`i18n-iso-countries/langs/${lang}.json`), 'utf8')) as {
      countries: Record<string, string | string[]>;
    }
  ).countries[code];
  return Array.isArray(given) ? given : [given];
};

describe('labels per language (issue 16, item 2)', () => {
  const fixture = useTestApi(loadBundledData);

  it('finds Bruges as "Brugge" and Thessaloniki as "Thessaloníki" (their GeoNames names), by search and nameContains', async () => {
    for (const [text, id] of [
      ['Brugge', 'place:bruges'],
      ['Thessaloníki', 'place:thessaloniki'],
    ]) {
      const response = await fixture.api.query(SEARCH, { q: text });
      expect(response.errors).toBeUndefined();
      expect(response.data!.search[0].node).toEqual({ __typename: 'Place', id });
    }
    const places = await fixture.api.query(
      '{ places(where: { nameContains: "brugge" }) { nodes { id labels { lang value source } } } }',
    );
    expect(places.data!.places.nodes).toEqual([
      { id: 'place:bruges', labels: [{ lang: 'und', value: 'Brugge', source: 'https://www.geonames.org/2800931' }] },
    ]);
  });

  it('answers name(lang:) with the label in that language, and the stored name where there is none', async () => {
    const response = await fixture.api.query(`{
      be: country(id: "country:BE") { name fr: name(lang: "fr") pl: name(lang: "pl") en: name(lang: "en") labels { lang source } }
      forem: organisation(id: "org:forem") { name fr: name(lang: "fr") labels { lang } }
    }`);
    expect(response.errors).toBeUndefined();
    const { be, forem } = response.data!;
    expect(be.name).toBe('Belgium');
    expect(countryNames('fr', 'BE')).toContain(be.fr);
    expect(be.fr).not.toBe(be.name);
    expect(countryNames('pl', 'BE')).toContain(be.pl);
    expect(be.en).toBe('Belgium');
    expect(new Set(be.labels.map((l: { lang: string }) => l.lang)).size).toBe(24);
    expect(
      be.labels.every(
        (l: { source: string }) => l.source === 'https://github.com/michaelwittig/node-i18n-iso-countries',
      ),
    ).toBe(true);
    // No label in French: the stored name, in its own language.
    expect(forem).toEqual({ name: 'Le Forem', fr: 'Le Forem', labels: [] });
  });

  it('falls back along the chain: asked language, then Accept-Language, then English, then the stored name', async () => {
    const query =
      '{ country(id: "country:DE") { name asked: name(lang: "it") unknown: name(lang: "tlh") } place(id: "place:bruges") { name(lang: "nl") } }';
    const response = await fixture.api.query(query, undefined, { 'accept-language': 'xx, de;q=0.9, fr;q=0.5' });
    expect(response.errors).toBeUndefined();
    const germany = response.data!.country;
    expect(countryNames('it', 'DE')).toContain(germany.asked);
    // Without lang, and with a language that has no label: the first Accept-Language with one (de, not the later fr).
    expect(countryNames('de', 'DE')).toContain(germany.name);
    expect(countryNames('de', 'DE')).toContain(germany.unknown);
    // Bruges has only a label of undetermined language: neither nl nor de nor en, so the stored name.
    expect(response.data!.place.name).toBe('Bruges');
    const plain = await fixture.api.query('{ country(id: "country:DE") { name unknown: name(lang: "tlh") } }');
    expect(plain.data!.country).toEqual({ name: 'Germany', unknown: 'Germany' });
  });

  it('refuses a lang that is not a language tag, naming the field', async () => {
    const response = await fixture.api.query('{ country(id: "country:BE") { name(lang: "fr; DROP") } }');
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'lang' }] });
  });

  it('imports labels with a record, unites them across records, and reports a bad one by file and field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgraph-labels-'));
    const file = path.join(dir, 'labels.json');
    const source = 'https://example.org/labels';
    fs.writeFileSync(
      file,
      JSON.stringify({
        entities: [
          {
            id: 'topic:labels-test',
            type: 'Topic',
            name: 'Work-based learning (labels test)',
            sources: [source],
            labels: [{ lang: 'fr', value: 'Apprentissage en milieu de travail', source }],
          },
          {
            id: 'topic:labels-test',
            type: 'Topic',
            name: 'Work-based learning (labels test)',
            sources: [source],
            labels: [{ lang: 'pt-BR', value: 'Aprendizagem no trabalho' }],
          },
          {
            id: 'topic:labels-bad',
            type: 'Topic',
            name: 'Bad labels',
            sources: [source],
            labels: [{ lang: 'not a tag', value: 'x' }],
          },
        ],
        relations: [],
      }),
    );
    const report = await new ImportService(fixture.graph.executor, 'test').importFiles([file]);
    expect(report.skipped).toEqual([
      expect.objectContaining({ id: 'topic:labels-bad', reason: expect.stringContaining('labels[0].lang') }),
    ]);
    const response = await fixture.api.query(`{
      topic(id: "topic:labels-test") { fr: name(lang: "fr") pt: name(lang: "pt") labels { lang value source } }
      search(query: "milieu de travail", first: 3) { node { id } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.topic).toEqual({
      fr: 'Apprentissage en milieu de travail',
      pt: 'Aprendizagem no trabalho',
      labels: [
        { lang: 'fr', value: 'Apprentissage en milieu de travail', source },
        { lang: 'pt-br', value: 'Aprendizagem no trabalho', source: null },
      ],
    });
    expect(response.data!.search[0].node.id).toBe('topic:labels-test');
    // Importing the same file again changes nothing.
    const again = await new ImportService(fixture.graph.executor, 'test').importFiles([file]);
    expect(again.entities.Topic).toMatchObject({ unchanged: 1 });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
