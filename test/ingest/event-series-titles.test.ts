import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';

// Synthetic pages written for this test (no corpus text): a page whose only name for its event is a recurring event of
// the field, and pages where that event is only the frame of another one.
const titleOf = (text: string) => {
  const [event] = extractDocument(text, undefined, null).events;
  return event && { value: event.title.value, confidence: event.title.confidence, origin: event.title.origin };
};

describe('recurring events of the field as titles (issue 11: titles)', () => {
  it('names the event by the series when nothing better names it, with the year the page gives', () => {
    expect(
      titleOf(
        'Apprentices shine in Gdańsk\n\nYoung professionals met at EuroSkills Gdańsk 2023, which took place from 5 to 9 September 2023.',
      ),
    ).toEqual({ value: 'EuroSkills Gdańsk 2023', confidence: 0.85, origin: 'series' });
    expect(
      titleOf(
        'Skills on show\n\nThe European Vocational Skills Week 2019 took place in Helsinki from 14 to 18 October 2019.',
      ),
    ).toEqual({ value: 'European Vocational Skills Week 2019', confidence: 0.85, origin: 'series' });
    expect(
      titleOf(
        'Berufsbildung im Fokus\n\nDie Europäische Woche der Berufsbildung 2018 fand vom 5. bis 9. November 2018 in Wien statt.',
      ),
    ).toEqual({ value: 'Europäische Woche der Berufsbildung 2018', confidence: 0.85, origin: 'series' });
  });

  it('gives the series no kind of ours: a kind word on its page names something held during it', () => {
    const [event] = extractDocument(
      'Skills on show\n\nThe European Vocational Skills Week 2019 took place in Helsinki from 14 to 18 October 2019. Its opening conference gathered 500 people.',
      undefined,
      null,
    ).events;
    expect([event.title.value, event.kind, event.startDate?.value]).toEqual([
      'European Vocational Skills Week 2019',
      undefined,
      '2019-10-14',
    ]);
  });

  it('not when the page’s event is only part of the series', () => {
    expect(
      titleOf(
        'Busy autumn\n\nThe network held its plenary meeting on 21 November 2018 in Riga, a European Vocational Skills Week event.',
      ).origin,
    ).not.toBe('series');
    expect(
      titleOf(
        'Busy autumn\n\nA workshop took place on 21 November 2018 in Riga during the European Vocational Skills Week 2018.',
      ).origin,
    ).not.toBe('series');
  });

  it('not for a ceremony or closing event of the series', () => {
    expect(
      titleOf(
        'Busy autumn\n\nThe Commissioner will speak on 10 November 2017 in Brussels at the closing event of the second European Vocational Skills Week.',
      ).origin,
    ).not.toBe('series');
  });

  it('a competition without its year is the movement, not an event', () => {
    expect(
      titleOf('Medals for Ireland\n\nThe WorldSkills team trained in Dublin on 14 September 2022.')?.origin,
    ).not.toBe('series');
  });

  it('reads a heading that ends in the event year as a name (heading@0.78), any other plain heading at 0.6', () => {
    const page = (heading: string) =>
      `${heading}\n\nThe Example Training Board presented awards to 40 graduates on 18 November 2031.`;
    expect(titleOf(page('National Example Awards 2031'))).toEqual({
      value: 'National Example Awards 2031',
      confidence: 0.78,
      origin: 'heading',
    });
    // Another year, a date in the heading, or one word before the year: no name of the event.
    expect(titleOf(page('National Example Awards 2030'))?.confidence).toBe(0.6);
    expect(titleOf(page('15 February 2031 – first awards 2031'))?.confidence).toBeLessThan(0.78);
    expect(titleOf(page('Awards 2031'))?.confidence).toBeLessThan(0.78);
  });
});
