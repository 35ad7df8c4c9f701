import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';

/** What a reader of the page keeps of its first event: title, kind, dates and place. */
function reading(text: string) {
  const [event] = extractDocument(text).events;
  return (
    event && {
      title: event.title.value,
      kind: event.kind?.value,
      start: event.startDate?.value,
      end: event.endDate?.value,
      city: event.place?.city.value,
      country: event.place?.country.value,
    }
  );
}

const PAGE = [
  'Séminaire européen sur la qualité de la formation',
  '',
  'Le séminaire, organisé par le ministère, aura lieu à Liège (Belgique) les 12 et 13 mars 2015.',
].join('\n');

/* Issue 11: the same page with its accents decomposed lost its city; a trailing space or tab on the heading lost the title. */
describe('text hygiene: the same page, however its characters are encoded, reads the same (no database)', () => {
  const expected = {
    title: 'Séminaire européen sur la qualité de la formation',
    kind: 'SEMINAR',
    start: '2015-03-12',
    end: '2015-03-13',
    city: 'Liège',
    country: 'BE',
  };

  it('reads the composed page', () => {
    expect(reading(PAGE)).toEqual(expected);
  });

  it('NFD input (accents as combining marks) reads as the NFC page', () => {
    expect(PAGE.normalize('NFD')).not.toBe(PAGE);
    expect(reading(PAGE.normalize('NFD'))).toEqual(expected);
  });

  it('trailing spaces and tabs on every line change nothing', () => {
    expect(
      reading(
        PAGE.split('\n')
          .map((line) => `${line} \t `)
          .join('\n'),
      ),
    ).toEqual(expected);
  });

  it('no-break spaces and CRLF line ends change nothing', () => {
    expect(reading(PAGE.replace(/ /g, '\u00a0').replace(/\n/g, '\r\n'))).toEqual(expected);
  });

  it('every span still points into the plain text it reports', () => {
    const [event] = extractDocument(PAGE.normalize('NFD')).events;
    for (const value of [event.title, event.startDate!, event.place!.city])
      expect(event.text.slice(value.span.start, value.span.end)).toBe(value.span.text);
  });

  it('terminal escape sequences and control characters are dropped whole, leaving no "[31m"', () => {
    const coloured = PAGE.replace('Séminaire européen', 'Séminaire\u0001 \u001b[31meuropéen\u001b[0m\u0007');
    expect(reading(coloured)).toEqual(expected);
  });
});
