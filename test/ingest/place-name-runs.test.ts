import { extractPlace } from '../../src/pipelines/ingest/ingest.event-place';

// Synthetic lines written for this test (no corpus text).
describe('a city at the end of a capitalised run before its country or its date (issue 11: cities)', () => {
  it('takes the last words of the run when they name the city', () => {
    const place = extractPlace('Example Network Launching Conference Tallinn, 15 June 2004', []);
    expect([place?.city.value, place?.country.value, place?.city.confidence]).toEqual(['Tallinn', 'EE', 0.85]);
  });

  it('skips a first word that names a city of another country', () => {
    const place = extractPlace('Bologna Seminar Copenhagen, Denmark 13/01/2005 - 14/01/2005', []);
    expect([place?.city.value, place?.country.value, place?.city.confidence]).toEqual(['Copenhagen', 'DK', 0.9]);
  });

  it('still reads a city that opens the run', () => {
    const place = extractPlace('Graz, 7 th to 9 th September 2009', []);
    expect([place?.city.value, place?.country.value]).toEqual(['Graz', 'AT']);
  });

  it('of equally sure places, takes the one nearest the event’s dates', () => {
    const text =
      'The ministers met in Bruges on 7 December 2010. Earlier, they convened in Helsinki on 5 December 2006.';
    const at = text.indexOf('5 December 2006');
    const near = { start: at, end: at + '5 December 2006'.length, text: '5 December 2006' };
    expect(extractPlace(text, [], near)?.city.value).toBe('Helsinki');
    expect(extractPlace(text, [])?.city.value).toBe('Bruges');
  });

  it("a city after an earlier event is that event's: a proposal, not a fact", () => {
    const text =
      'The pilot projects met for a fourth time. During the previous seminar in Berlin the partners agreed on it.';
    expect([extractPlace(text, [])?.city.value, extractPlace(text, [])?.city.confidence]).toEqual(['Berlin', 0.5]);
    // The page's own event announced as "upcoming" keeps its place.
    const own = 'The upcoming seminar in Berlin will take place on 4 May 2026.';
    expect([extractPlace(own, [])?.city.value, extractPlace(own, [])?.city.confidence]).toEqual(['Berlin', 0.8]);
  });

  it("after a locative, a small town that only opens a longer name is that name's word (a proposal)", () => {
    const fair = 'O campeonato vai realizar-se na Feira Internacional de Lisboa, entre os dias 9 e 12 de dezembro.';
    expect([extractPlace(fair, [])?.city.value, extractPlace(fair, [])?.city.confidence]).toEqual(['Feira', 0.5]);
    // A large city opening a venue's name keeps its confidence.
    const venue = 'The congress will be held in Vienna Austria Center on 3 May.';
    expect([extractPlace(venue, [])?.city.value, extractPlace(venue, [])?.city.confidence]).toEqual(['Vienna', 0.85]);
  });
});
