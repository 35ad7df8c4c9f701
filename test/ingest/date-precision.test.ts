import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';
import { FACT_THRESHOLD } from '../../src/pipelines/ingest/ingest.model';
import { slashOrderOf } from '../../src/pipelines/ingest/ingest.date-mentions';
import { slashOrderFor } from '../../src/pipelines/ingest/ingest.page-events';

/*
 * Issue 11, "never write a wrong fact": dates the page does not tie to its event are not written. Synthetic pages,
 * each shaped like a case found on the reviewed bulk pages the extractor is built against.
 */
const dates = (text: string, url?: string) =>
  extractDocument(text, url).events.map((e) => [e.startDate?.value, e.endDate?.value]);
const written = (text: string, url?: string) =>
  extractDocument(text, url).events.map((e) =>
    [e.startDate, e.endDate].map((m) => (m && m.confidence >= FACT_THRESHOLD ? m.value : null)),
  );

describe('datelines in the forms news pages write them (no database)', () => {
  it('reads "Place, date (Agency) - text" as a dateline', () => {
    const page = extractDocument(
      [
        'Ministers meet on guidance',
        '',
        'Lisbon, 12/07/2019 (Harbour Wire) - Ministers of education met to prepare the Harbour Guidance Conference,',
        'which will take place in Porto from 14 to 16 October 2019.',
      ].join('\n'),
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2019-10-14', '2019-10-16']]);
    expect(page.warnings.join(' ')).toContain('"12/07/2019" is a publication date or dateline');
  });

  it('reads a dateline glued to the text that follows it', () => {
    const page = extractDocument(
      [
        'Guidance counsellors gather in Porto',
        '',
        'Porto, 25 June 2021Around 300 counsellors took part in the Harbour Guidance Conference from 21 to 24 June 2021.',
      ].join('\n'),
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2021-06-21', '2021-06-24']]);
    expect(page.warnings.join(' ')).toContain('"25 June 2021" is a publication date or dateline');
  });

  it('reads a bracketed "[Place – date]" as a dateline', () => {
    const page = extractDocument(
      [
        'Harbour Guidance Conference',
        '[Faro, Portugal – 23.10.2023]. Counsellors prepare the conference, held in Faro from 25 to 28 October 2023.',
      ].join('\n'),
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2023-10-25', '2023-10-28']]);
  });

  it("reads a byline and a news stamp as the item's dates, not the event's", () => {
    const byline = extractDocument(
      [
        'Harbour Guidance Award presented',
        '',
        '25.11.2019, Text: Ana Costa',
        'The Harbour Guidance Award honours counsellors who opened their schools to apprentices.',
      ].join('\n'),
    );
    expect(byline.events.map((e) => e.startDate?.value).filter(Boolean)).toEqual([]);
    expect(byline.warnings.join(' ')).toContain('"25.11.2019" is a publication date or dateline');
    const stamp = extractDocument(
      [
        'Internationaler Kongress zur Berufsberatung in Porto',
        '',
        '2. Dezember 2019 News',
        '',
        'Der Kongress findet vom 20. bis 22. Juni 2020 in Porto statt.',
      ].join('\n'),
    );
    expect(stamp.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2020-06-20', '2020-06-22']]);
  });

  it('reads a one-day "Place, date" line under no event\'s name as a dateline', () => {
    const page = extractDocument(
      [
        'Harbour Communiqué on guidance cooperation',
        '',
        'Lisbon, 8 December 2010',
        '',
        'This communiqué sets out how the ministers will cooperate on guidance until 2020.',
      ].join('\n'),
    );
    expect(page.events.map((e) => e.startDate?.value).filter(Boolean)).toEqual([]);
    expect(page.warnings.join(' ')).toContain('"8 December 2010" is a one-day "place, date" line under no event');
  });

  it('keeps a one-day "Place, date" line under an event\'s name, and a line that opens with the date', () => {
    expect(
      dates(['Harbour Guidance Seminar', '', 'Lisbon, 14 May 2019', '', 'Counsellors compare notes.'].join('\n')),
    ).toEqual([['2019-05-14', '2019-05-14']]);
    expect(
      dates(
        [
          'Guidance and jobs: opportunities for youth',
          '',
          '21 February 2014, Lisbon, Harbour Theatre',
          '',
          'The event, organised by the Harbour Guidance Network, brings counsellors together.',
        ].join('\n'),
      ),
    ).toEqual([['2014-02-21', '2014-02-21']]);
  });
});

describe('slash dates whose day and month could be swapped (no database)', () => {
  const page = [
    'Harbour Guidance Conference',
    '',
    'Date: 05/08/2013',
    'Place: Porto (Portugal)',
    '',
    'Counsellors meet to discuss guidance for adults.',
  ].join('\n');

  it('proposes them, with a warning, when neither the page nor its site fixes the order', () => {
    const [event] = extractDocument(page).events;
    expect(event.startDate?.value).toBe('2013-08-05');
    expect(event.startDate?.confidence).toBe(0.6);
    expect(event.warnings.join(' ')).toContain('"05/08/2013" may be day/month or month/day');
    expect(written(page)).toEqual([[null, null]]);
  });

  it("reads them month first on the ETF's site, day first on the other EU sites and in other languages", () => {
    expect(written(page, 'https://www.etf.europa.eu/en/events/harbour')).toEqual([['2013-05-08', '2013-05-08']]);
    expect(written(page, 'https://ec.europa.eu/social/harbour')).toEqual([['2013-08-05', '2013-08-05']]);
    expect(slashOrderFor(undefined, 'fr')).toBe('day-month');
    expect(slashOrderFor('https://example.org/harbour', 'en')).toBeUndefined();
  });

  it('takes the order another slash date of the page shows', () => {
    expect(slashOrderOf('Version 27/5/2013. Date: 05/08/2013')).toBe('day-month');
    expect(slashOrderOf('Posted 06/14/2013. Date: 05/08/2013')).toBe('month-day');
    expect(slashOrderOf('27/5/2013 and 06/14/2013')).toBeUndefined();
    expect(written(`${page}\nVersion 27/5/2013`)).toEqual([['2013-08-05', '2013-08-05']]);
  });
});

describe("dates that do not give the event's whole span (no database)", () => {
  it('reads "9.–10.11.2022" as a two-day range', () => {
    expect(dates('Welcome to the Harbour Guidance Conference 9.–10.11.2022 in Faro!')).toEqual([
      ['2022-11-09', '2022-11-10'],
    ]);
  });

  it('proposes a date whose year only the publication date gives', () => {
    const [event] = extractDocument(
      [
        'Counsellors to meet in Porto',
        '',
        'Lisbon, 2 May 2019 - Counsellors from every region are preparing their contributions.',
        '',
        'The Harbour Guidance Conference will take place in Porto on 14 and 15 May.',
      ].join('\n'),
    ).events;
    expect([event.startDate?.value, event.endDate?.value]).toEqual(['2019-05-14', '2019-05-15']);
    expect(event.startDate?.confidence).toBe(0.7);
  });

  it('gives no end for the day an event opens', () => {
    const [event] = extractDocument(
      'The Harbour Guidance Week got under way at the Opening Ceremony on 10 September 2024 in Porto.',
    ).events;
    expect([event.startDate?.value, event.endDate?.value]).toEqual(['2024-09-10', undefined]);
    expect(event.warnings.join(' ')).toContain('the day the event opens');
  });

  it('gives no start for the day an event concluded', () => {
    const [event] = extractDocument('The Harbour Guidance Conference concluded on 28 June 2008 in Porto.').events;
    expect([event.startDate?.value, event.endDate?.value]).toEqual([undefined, '2008-06-28']);
  });

  it("takes the range the text gives for a date field's single day inside it", () => {
    expect(
      dates(
        [
          'Harbour Guidance Conference',
          '',
          'Date: 8 May 2013',
          '',
          'The conference in Porto on 8 and 9 May 2013 shows the results of the guidance reform.',
        ].join('\n'),
      ),
    ).toEqual([['2013-05-08', '2013-05-09']]);
  });
});
