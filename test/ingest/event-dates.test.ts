import { findDateMentions } from '../../src/pipelines/ingest/ingest.date-mentions';
import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';
import { whyNotAnEventPage } from '../../src/pipelines/ingest/ingest.event-evidence';

const first = (text: string) => extractDocument(text).events[0];
const dates = (text: string) => {
  const event = first(text);
  return event && { start: event.startDate?.value ?? null, end: event.endDate?.value ?? null };
};

/* Issue 11, item 2: a date is the event's only when the text ties it to the event. */
describe('event dates: only the dates the page ties to the event (no database)', () => {
  it('"2-3-4 December 2020" starts on the 2nd and ends on the 4th', () => {
    expect(dates('The annual conference will take place online on 2-3-4 December 2020.')).toEqual({
      start: '2020-12-02',
      end: '2020-12-04',
    });
  });

  it('lists and ranges across months: "5, 6 and 7 April 2022", "30 June and 1 July 2020"', () => {
    expect(dates('The partnership forum will take place on 5, 6 and 7 April 2022.')).toEqual({
      start: '2022-04-05',
      end: '2022-04-07',
    });
    expect(dates('The seminar was held in Vienna on 30 June and 1 July 2020.')).toEqual({
      start: '2020-06-30',
      end: '2020-07-01',
    });
  });

  it("a part's single day (an exhibition's \"Date:\") gives way to the event's own range line", () => {
    expect(
      dates(
        'Example project conference on green skills\n\n5 - 6 June 2024\n\nThe conference will discuss green skills in vocational training. It is scheduled for 5-6 June 2024 in Graz and online.\n\nTwo exhibitions are also part of the conference:\n\n  1. Good practices in vocational excellence (Date: June 5, 2024): This exhibition presents tools.',
      ),
    ).toEqual({ start: '2024-06-05', end: '2024-06-06' });
  });

  it('a reversed slash range is refused, not swapped', () => {
    const page = extractDocument(
      'Peer learning activity on validation\n\nEvent Date(s)\n12/06/2013 - 05/06/2013\n\nThe activity took place in Porto, Portugal.',
    );
    expect(page.events[0].startDate).toBeUndefined();
    expect(whyNotAnEventPage(page)).toMatch(/end before they start; refused, not swapped/);
  });

  it('a reversed range in prose is refused too', () => {
    const event = first('The workshop took place from 14 to 12 May 2019 in Riga.');
    expect([event.startDate, event.dateProblem]).toEqual([undefined, expect.stringContaining('refused, not swapped')]);
  });

  it('a rescheduled event gets its new dates and its virtual flag; the first-planned dates are a warning', () => {
    const page = extractDocument(
      'The policy learning forum, originally scheduled for 4 and 5 June 2020 in Thessaloniki, will now take place virtually on 30 June and 1 July 2020.',
    );
    expect(dates(page.text)).toEqual({ start: '2020-06-30', end: '2020-07-01' });
    expect(page.events[0].online).toBe(true);
    expect(page.warnings).toEqual([expect.stringContaining('first planned for')]);
  });

  it("a dateline, a publication date and a registration deadline are not the event's dates", () => {
    const page = extractDocument(
      [
        'Brussels, 12 March 2019 – The Commission announced a conference on apprenticeships.',
        'Registration closes on 30 April 2019.',
        'The conference will take place in Vienna on 14 and 15 May 2019.',
      ].join('\n'),
    );
    expect(dates(page.text)).toEqual({ start: '2019-05-14', end: '2019-05-15' });
    expect(page.warnings.join(' | ')).toMatch(
      /"12 March 2019" is a publication date or dateline.*"30 April 2019" is a deadline/,
    );
  });

  it('an earlier meeting named with its own date is not the event', () => {
    const page = extractDocument(
      'The ministerial meeting took place in Riga on 22 June 2015. A preparatory seminar was held in Brussels on 20 June 2015.',
    );
    expect(page.events.map((e) => e.startDate?.value)).toEqual(['2015-06-22']);
    expect(page.warnings).toEqual([expect.stringContaining('earlier or side event')]);
  });

  it('"the previous two years" is a span of time, not an earlier event: the date after it is the event\'s', () => {
    expect(
      dates(
        'Following the success of the previous two years, the third Example Skills Conference will run from 5-9 November 2031 in Vienna.',
      ),
    ).toEqual({ start: '2031-11-05', end: '2031-11-09' });
    // An earlier edition named as such still is one.
    expect(
      extractDocument('At the previous conference, on 4 May 2030, ministers met in Riga.').warnings.join(' '),
    ).toMatch(/"4 May 2030" is a side or earlier event/);
  });

  it('a date without a year that the page does not fix stays empty, with a warning', () => {
    const event = first(
      'A workshop, organised by Cedefop on 28 and 29 November in Thessaloniki, explored the comparison of qualifications.',
    );
    expect(dates(event.text)).toEqual({ start: null, end: null });
    expect(event.warnings).toEqual([expect.stringContaining('has no year and the page does not fix it')]);
  });

  it('a year written with the event\'s own name fixes a date that omits it ("The 2017 forum ... on 7 and 8 September")', () => {
    expect(
      dates(
        'The 2017 forum addresses apprenticeships.\n\nThis forum will take place in Thessaloniki on 7 and 8 September.',
      ),
    ).toEqual({ start: '2017-09-07', end: '2017-09-08' });
  });

  it.each([
    ['pl', 'Konferencja odbędzie się 3 czerwca 2021 r. w Warszawie.', '2021-06-03'],
    ['el', 'Το συνέδριο θα πραγματοποιηθεί στις 7 Μαΐου 2025 στην Αθήνα.', '2025-05-07'],
    ['pt', 'A reunião plenária decorreu de 21 a 23 de novembro de 2018, em Lisboa.', '2018-11-21'],
    ['de', 'Die Jahrestagung fand am 27. und 28. September 2022 in Weimar statt.', '2022-09-27'],
    ['it', 'Il seminario si svolge a Taranto il 12 e il 13 ottobre 2023.', '2023-10-12'],
    ['es', 'La reunión tendrá lugar el 21 de junio de 2016 en Toledo.', '2016-06-21'],
    ['nl', 'De conferentie vond plaats op 16 februari 2016 in Amsterdam.', '2016-02-16'],
    ['lv', '2022.gada 30. jūnijā notika konference par profesionālo izglītību.', '2022-06-30'],
    ['hu', 'Szakképzési konferencia\n\n2031. november 7–9.\n\nA konferencia célja a tapasztalatcsere.', '2031-11-07'],
  ])('%s: %s', (_language, sentence, start) => {
    expect(first(sentence).startDate?.value).toBe(start);
  });
});

describe('year-first dates (Hungarian, Lithuanian)', () => {
  it.each([
    ['2031. november 7–9.', { year: 2031, month: 11, day: 7 }, { year: 2031, month: 11, day: 9 }],
    ['Renginys vyks 2031 m. birželio 5 d. Vilniuje', { year: 2031, month: 6, day: 5 }, undefined],
    ['2031. Március 14. ünnep', { year: 2031, month: 3, day: 14 }, undefined],
  ])('%j', (text, start, end) => {
    expect(findDateMentions(text).map((m) => [m.start, m.end])).toEqual([[start, end]]);
  });

  it('a year that ends a sentence is no date with the next word', () => {
    expect(findDateMentions('Founded in 2018. November was busy.')).toEqual([]);
  });
});
