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
});
