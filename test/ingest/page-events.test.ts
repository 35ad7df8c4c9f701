import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';
import { planPage } from '../../src/pipelines/ingest/ingest.plan';

const NEWSLETTER = [
  'Newsletter of the network',
  '',
  'Regional seminar on work-based learning',
  '',
  'A regional seminar on work-based learning will take place in Tallinn on 3 and 4 March 2022, organised by the national agency.',
  '',
  'Annual plenary meeting',
  '',
  'The annual plenary meeting of the network will be held in Lisbon on 9 and 10 November 2022.',
  '',
  'Our new study on skills forecasts is out. Read it on our website.',
].join('\n');

/* Issue 11, item 5: a listing page holding two events gave one. */
describe('pages with several events, one event and none (no database)', () => {
  it('a newsletter gives each event it describes, with its own dates, kind and title', () => {
    const page = extractDocument(NEWSLETTER);
    expect(page.events.map((e) => [e.title.value, e.kind?.value, e.startDate?.value, e.endDate?.value])).toEqual([
      ['Regional seminar on work-based learning', 'SEMINAR', '2022-03-03', '2022-03-04'],
      ['Annual plenary meeting', 'PLENARY', '2022-11-09', '2022-11-10'],
    ]);
    expect(
      planPage(page, 'https://example.org/newsletter').map(
        (c) => c.entities.find((e) => e.role === 'event')!.props.startDate,
      ),
    ).toEqual(['2022-03-03', '2022-11-09']);
  });

  it('a vacancy notice describes no event, and says why', () => {
    const page = extractDocument(
      'Vacancy notice\n\nThe agency is looking for a policy specialist. Contract duration: 3 years. Deadline for applications: 15 June 2020.',
    );
    expect(page.events).toEqual([]);
    expect(page.noEvent).toMatch(/does not read as an event page/);
  });

  it('an event page without dates is an event with empty dates (the page does not give them)', () => {
    const [event, ...more] = extractDocument(
      'Peer learning activity on validation in Porto\n\nThe peer learning activity brought together experts from six countries in Porto, Portugal.',
    ).events;
    expect(more).toEqual([]);
    expect([event.kind?.value, event.startDate, event.title.value]).toEqual([
      'PEER_LEARNING_ACTIVITY',
      undefined,
      'Peer learning activity on validation in Porto',
    ]);
  });

  it('detects the page language with tinyld', () => {
    expect(
      extractDocument(
        'Die Jahrestagung fand am 27. und 28. September 2022 in Weimar statt. Eröffnet wurde die Veranstaltung von der Leiterin der Nationalen Agentur.',
      ).language?.value,
    ).toBe('de');
    expect(extractDocument(NEWSLETTER).language?.value).toBe('en');
  });
});

/* Issue 11, item 7: titles from the heading. */
describe('titles from a heading (no database)', () => {
  it('a heading that frames a quoted name with a kind word gives the quoted name', () => {
    const page = extractDocument(
      "REPORT | Conference 'Training trainers for a greener economy'\n\nThe conference took place in Utrecht on 12 May 2016.",
      undefined,
      null,
    );
    expect(page.events.map((e) => [e.title.value, e.title.origin, e.title.confidence])).toEqual([
      ['Training trainers for a greener economy', 'heading', 0.9],
    ]);
  });

  it('white space runs inside a title read as one space', () => {
    const page = extractDocument(
      'Annual  forum   on   apprenticeships\n\nThe forum will take place in Riga on 3 June 2019.',
    );
    expect(page.events[0].title.value).toBe('Annual forum on apprenticeships');
  });
});

/* Issue 11, item 2: a date is the event's only when the text ties it to an event. */
describe('a document about an event is not another event (no database)', () => {
  it('a report heading with a date below it dates the report, with a warning', () => {
    const page = extractDocument(
      [
        'Regional seminar on validation',
        '',
        'Lisbon, 14-15 March 2013',
        '',
        'Evaluation report Lisbon seminar',
        '',
        'May 5th, 2013 i',
        '',
        'The seminar gathered experts from ten countries.',
      ].join('\n'),
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2013-03-14', '2013-03-15']]);
    expect(page.warnings.some((w) => /dates a document about an event/.test(w))).toBe(true);
  });
});
