import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';

/* Issue 11, item 2: a press release's dateline is not the event's date when the release gives the event's range. */
describe('a dateline inside the event range (no database)', () => {
  it('takes the range of the sentence naming the event, not the single day of the dateline', () => {
    const page = extractDocument(
      [
        'Press release',
        '',
        'Harbour Guidance Week opens',
        '',
        'Lisbon, 14 May 2019',
        '',
        'From 14 to 17 May 2019, the guidance network is organising the Harbour Guidance Week across the country.',
      ].join('\n'),
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2019-05-14', '2019-05-17']]);
  });

  it('keeps a place-and-date line when the prose only names one of its days', () => {
    const page = extractDocument(
      [
        'Harbour Guidance Seminar',
        '',
        'Lisbon, 14-15 May 2019',
        '',
        'On 14 May 2019 the seminar opens with a keynote on career guidance.',
      ].join('\n'),
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2019-05-14', '2019-05-15']]);
  });
});

/* Issue 11, item 2: a date that dates a document or a body is not an event's, even under an event heading. */
describe('a date of adoption under an event heading (no database)', () => {
  it('does not make an event of the day a strategy was adopted', () => {
    const page = extractDocument(
      [
        'Harbour strategy conference',
        '',
        'The national strategy for guidance cooperation was adopted on 3 March 2009, and revised in 2016.',
        '',
        'Two of our staff took part in the anniversary conference on 3 March 2019 in Lisbon.',
      ].join('\n'),
    );
    expect(page.events.map((e) => e.startDate?.value)).toEqual(['2019-03-03']);
  });
});

/* Issue 11, item 2: publication dates in the forms news wires and stored pages write them. */
describe('publication dates of news wires and stored pages (no database)', () => {
  it('reads a news wire dateline as the publication date, and the event range from the text', () => {
    const page = extractDocument(
      'PORTO, Portugal, May 2, 2019 /HarbourWire/ -- The Harbour Guidance Conference will take place in Porto from 14 to 16 May 2019.',
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2019-05-14', '2019-05-16']]);
    expect(page.warnings.join(' ')).toContain('May 2, 2019');
  });

  it('does not take a stored page stamp ("date 2019-05-02") as the event date', () => {
    const page = extractDocument(
      ' date 2019-05-02 The Harbour Guidance Conference will take place in Porto from 14 to 16 May 2019.',
    );
    expect(page.events.map((e) => e.startDate?.value)).toEqual(['2019-05-14']);
  });

  it('does not anchor an event on a date after "since"', () => {
    const page = extractDocument(
      'Since 2 May 2019, volunteers have been preparing the venue of the Harbour Guidance Conference in Porto.',
    );
    expect(page.events.map((e) => e.startDate?.value).filter(Boolean)).toEqual([]);
  });
});
