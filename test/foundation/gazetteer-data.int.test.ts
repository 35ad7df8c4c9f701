import fs from 'node:fs';
import path from 'node:path';
import { sourcedDatasets } from '../../src/cli/gazetteer-data';
import { GAZETTEER_FILE } from '../../src/domain/bundled-data';
import { gazetteerData } from '../../src/gazetteer/gazetteer-data';
import { placeCountries } from '../../src/gazetteer/place-countries';
import { projectRoot } from '../../src/project-root';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

describe('generated gazetteer facts: countries of the places the sourced data leaves without one, other names of countries', () => {
  const generated = gazetteerData(sourcedDatasets(projectRoot()));

  it(`${GAZETTEER_FILE} is what the gazetteer gives now (run \`npm run data:gazetteer\`)`, () => {
    const committed = fs.readFileSync(path.join(projectRoot(), GAZETTEER_FILE), 'utf8');
    expect(committed).toBe(`${JSON.stringify(generated.dataset, null, 1)}\n`);
  });

  it('places the eleven cities GeoNames knows by their English name, each citing its GeoNames entry, and leaves Antwerp (GeoNames: Antwerpen) and St. Gallen', () => {
    expect(generated.dataset.relations.map((r) => `${r.from}→${r.to}`)).toEqual([
      'place:amsterdam→country:NL',
      'place:copenhagen→country:DK',
      'place:coventry→country:GB',
      'place:gdansk→country:PL',
      'place:groningen→country:NL',
      'place:lille→country:FR',
      'place:maastricht→country:NL',
      'place:paris→country:FR',
      'place:prague→country:CZ',
      'place:rome→country:IT',
      'place:schweinfurt→country:DE',
    ]);
    expect(generated.dataset.relations.find((r) => r.from === 'place:paris')!.sources).toEqual([
      'https://www.geonames.org/2988507',
    ]);
    expect(generated.unplaced.map((p) => p.placeId)).toEqual(['place:antwerp', 'place:st-gallen']);
  });

  it('places Reykjavík in Iceland (IANA: Atlantic/Reykjavik) and adds the Country the data lacks; refuses a name no European city clearly owns', () => {
    const place = (id: string, name: string) => ({
      id,
      type: 'Place',
      name,
      props: {},
      sources: ['https://example.org/a'],
    });
    const result = placeCountries([
      { entities: [place('place:reykjavik', 'Reykjavík'), place('place:victoria', 'Victoria')], relations: [] },
    ]);
    expect(result.dataset.relations).toEqual([
      {
        from: 'place:reykjavik',
        type: 'LOCATED_IN',
        to: 'country:IS',
        props: {},
        sources: ['https://www.geonames.org/3413829'],
      },
    ]);
    expect(result.dataset.entities).toEqual([
      {
        id: 'country:IS',
        type: 'Country',
        name: 'Iceland',
        props: { code: 'IS', name: 'Iceland' },
        sources: ['https://www.geonames.org/countries/IS/'],
      },
    ]);
    // Victoria in Romania (10 247), Great Britain (6 688) and Malta (6 596): no tenfold lead.
    expect(result.unplaced).toEqual([
      {
        placeId: 'place:victoria',
        name: 'Victoria',
        reason: expect.stringContaining('none clearly the one meant: RO (10247), GB (6688), MT (6596)'),
      },
    ]);
  });

  describe('loaded with the bundled data', () => {
    const fixture = useTestApi(loadBundledData);

    it('events held in Paris, Groningen, Amsterdam or Maastricht count for their countries in filters and aggregates', async () => {
      const response = await fixture.api.query(`{
        nl: events(first: 100, where: { countryCode: "NL" }) { nodes { id } }
        fr: events(first: 100, where: { countryCode: "FR" }) { nodes { id } }
      }`);
      expect(response.errors).toBeUndefined();
      const nl = response.data!.nl.nodes.map((n: { id: string }) => n.id);
      const fr = response.data!.fr.nodes.map((n: { id: string }) => n.id);
      expect(nl).toEqual(
        expect.arrayContaining([
          'event:pla-et2020-wg-vet-groningen',
          'event:forum-on-vocational-excellence-2023',
          'event:maastricht-ministerial-conference-2004',
        ]),
      );
      expect(fr).toEqual(
        expect.arrayContaining(['event:pla-validation-2016-paris', 'event:cedefop-oecd-symposium-2019']),
      );
      const [row] = await fixture.graph.cypher(`
        MATCH (p:Place) WHERE p.countryCode IS NULL AND NOT EXISTS { (p)-[:LOCATED_IN*1..3]->(:Country) } RETURN collect(p.id) AS ids`);
      expect([...(row.ids as string[])].sort()).toEqual(['place:antwerp', 'place:st-gallen']);
    });

    it('finds a country under the names documents use: Turkey, Czech Republic, UK, Deutschland, Belgique', async () => {
      const response = await fixture.api.query(`{
        turkey: search(query: "Turkey", types: [COUNTRY], first: 1) { node { id } }
        czech: search(query: "Czech Republic", types: [COUNTRY], first: 1) { node { id } }
        uk: search(query: "UK", types: [COUNTRY], first: 1) { node { id } }
        deutschland: search(query: "Deutschland", types: [COUNTRY], first: 1) { node { id } }
        belgique: countries(where: { nameContains: "belgique" }) { nodes { id name altNames sources } }
      }`);
      expect(response.errors).toBeUndefined();
      const data = response.data!;
      expect(
        [data.turkey, data.czech, data.uk, data.deutschland].map(
          (hits: Array<{ node: { id: string } }>) => hits[0]?.node.id,
        ),
      ).toEqual(['country:TR', 'country:CZ', 'country:GB', 'country:DE']);
      const [belgium] = data.belgique.nodes;
      expect(belgium).toMatchObject({ id: 'country:BE', name: 'Belgium', altNames: ['Belgien', 'Belgique'] });
      expect(belgium.sources).toContain('https://github.com/michaelwittig/node-i18n-iso-countries');
    });
  });
});
