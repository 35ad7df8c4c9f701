import { whyNotAName } from '../../src/pipelines/ingest/ingest.name-judge';
import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';

// Issue 11d: a region (or city, or country) is a place, not an organisation. Synthetic names and text, written for
// this test (no corpus text).
describe('organisation-name judge refuses places (issue 11d)', () => {
  it.each([
    'Auvergne-Rhône-Alpes region',
    'the Auvergne-Rhône-Alpes region',
    'Auvergne-Rhône-Alpes',
    'Harjumaa',
    'Région Auvergne-Rhône-Alpes',
    'Regione Veneto',
    'Lombardy region',
    'Land Brandenburg',
    'Province of Trento',
    'County Cork',
    'Lisbon município',
    'Tallinn',
    'Greece',
  ])('%s is a place', (name) => {
    expect(whyNotAName(name)).toBe('place');
  });

  // "City of ..." names the municipality, a body that organises events (the corpus's "City of Thessaloniki").
  it.each([
    'City of Tallinn',
    'Chamber of Commerce of Auvergne-Rhône-Alpes',
    'Regional Council of Harjumaa',
    'Tallinn University of Technology',
    'Cedefop',
  ])('%s stays a name', (name) => {
    expect(whyNotAName(name)).toBeUndefined();
  });

  it('an event hosted by a region does not make the region its host', () => {
    const text = [
      'Regional skills workshop 2021',
      '',
      'The regional skills workshop will take place in Lyon (France) on 9 and 10 March 2021. It is hosted by the Auvergne-Rhône-Alpes region and organised by Cedefop.',
    ].join('\n');
    const page = extractDocument(text, 'https://example.org/events/regional-skills-workshop-2021');
    const bodies = page.events.flatMap((e) => [...e.hosts, ...e.organisers, ...e.participants]).map((o) => o.value);
    expect(bodies).toContain('Cedefop');
    expect(bodies.filter((value) => /auvergne/i.test(value))).toEqual([]);
  });
});
