import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';

/*
 * Issue 11 (tester's pages p1, p3, p16, p19; synthetic text written for the tests, not corpus pages): a title on a
 * date line, a listing of "title / City, dates / Organised by" blocks, and an event moved to new dates or online.
 */

const TITLED_DATE_LINES = [
  'Upcoming events',
  '',
  'Webinar on career guidance – 5 May 2026',
  'Workshop on VET excellence – 12 May 2026',
  'Conference on inclusive VET – 20-21 May 2026, Warsaw',
].join('\n');

const LISTING = [
  'Upcoming events – Vocational training network',
  '',
  'Peer learning activity on work-based learning for adult trainers',
  'Tallinn, 14-16 October 2025',
  'Organised by the European Training Foundation. Hosted by the Estonian Ministry of Education and Research.',
  '',
  'Seminar on micro-credentials in VET',
  'Porto, 3-4 February 2026',
  'Organised by Cedefop in cooperation with ANQEP.',
].join('\n');

const RESCHEDULED = [
  'Policy learning forum on VET teachers postponed',
  '',
  'The policy learning forum on VET teachers and trainers, originally scheduled for 5-6 May 2026 in Thessaloniki, has been rescheduled to 9-10 June 2026 and will take place online.',
  'Organised by Cedefop.',
].join('\n');

const NOW_ONLINE = [
  'Seminar on VET for the green transition – new dates',
  '',
  'Thessaloniki, 9-10 June 2026',
  'The seminar, originally scheduled for 5-6 May 2026, will now take place online. Organised by Cedefop.',
].join('\n');

describe('date lines that carry a title, listings of event blocks, new dates (no database)', () => {
  it("a one-day place-and-date line under a meeting's name and a subtitle dates the meeting (a Council press release)", () => {
    const head = (gap: string) =>
      ['PRESS RELEASE', '3512th Council meeting', 'Education, Youth, Culture and Sport', 'Brussels, 12 December 2031']
        .join(gap)
        .concat(`${gap}Main results of the Council. The Council adopted conclusions on adult learning.`);
    for (const gap of ['\n', '\n\n']) {
      const [event] = extractDocument(head(gap)).events;
      expect([event?.kind?.value, event?.startDate?.value, event?.place?.city.value]).toEqual([
        'MEETING',
        '2031-12-12',
        'Brussels',
      ]);
    }
    // Under lines that name no meeting, the same line is a dateline.
    const dateline = extractDocument(
      [
        'PRESS RELEASE',
        'Ministers discuss adult learning',
        'Brussels, 12 December 2031',
        'The ministers met today.',
      ].join('\n'),
    );
    expect(dateline.events.map((e) => e.startDate?.value ?? null)).not.toContain('2031-12-12');
  });

  it('a line "Title – date[, City]" gives its own title, kind and dates, not the line above', () => {
    const page = extractDocument(TITLED_DATE_LINES);
    expect(
      page.events.map((e) => [e.title.value, e.kind?.value, e.startDate?.value, e.endDate?.value, e.place?.city.value]),
    ).toEqual([
      ['Webinar on career guidance', 'WEBINAR', '2026-05-05', '2026-05-05', undefined],
      ['Workshop on VET excellence', 'WORKSHOP', '2026-05-12', '2026-05-12', undefined],
      ['Conference on inclusive VET', 'CONFERENCE', '2026-05-20', '2026-05-21', 'Warsaw'],
    ]);
    // Each line is its event's block: the first event does not read the lines of the next two.
    expect(page.events.map((e) => e.block.text.split('\n').pop())).toEqual(TITLED_DATE_LINES.split('\n').slice(2));
  });

  it('a place-and-date line under a titled line anchors its own event, whose roles come from its own block', () => {
    const page = extractDocument(LISTING);
    expect(page.warnings).toEqual([]);
    expect(
      page.events.map((e) => [
        e.title.value,
        e.kind?.value,
        e.startDate?.value,
        e.endDate?.value,
        e.place?.city.value,
        e.organisers.map((o) => o.value),
      ]),
    ).toEqual([
      [
        'Peer learning activity on work-based learning for adult trainers',
        'PEER_LEARNING_ACTIVITY',
        '2025-10-14',
        '2025-10-16',
        'Tallinn',
        ['European Training Foundation'],
      ],
      ['Seminar on micro-credentials in VET', 'SEMINAR', '2026-02-03', '2026-02-04', 'Porto', ['Cedefop', 'ANQEP']],
    ]);
    expect(page.events[0].hosts.map((h) => h.value)).toEqual(['Estonian Ministry of Education and Research']);
    expect(page.events[1].hosts).toEqual([]);
  });

  it('dates after "rescheduled to" are the event\'s; only those after "originally scheduled for" are first-planned', () => {
    const page = extractDocument(RESCHEDULED);
    const [event, ...more] = page.events;
    expect(more).toEqual([]);
    expect([event.kind?.value, event.startDate?.value, event.endDate?.value, event.online]).toEqual([
      'POLICY_LEARNING_FORUM',
      '2026-06-09',
      '2026-06-10',
      true,
    ]);
    expect(page.warnings).toEqual([
      '"5-6 May 2026" is the dates the event was first planned for, not the event\'s date: not used',
    ]);
  });

  it('"will now take place online" makes the event online', () => {
    const page = extractDocument(NOW_ONLINE);
    const [event, ...more] = page.events;
    expect(more).toEqual([]);
    expect([event.kind?.value, event.startDate?.value, event.endDate?.value, event.online]).toEqual([
      'SEMINAR',
      '2026-06-09',
      '2026-06-10',
      true,
    ]);
  });

  it('the same in French: "initialement prévu" dates are first-planned, "reporté au" dates are the event\'s, "aura lieu en ligne" is online', () => {
    const page = extractDocument(
      'Séminaire sur la formation professionnelle\n\nLe séminaire, initialement prévu les 5-6 mai 2026 à Lyon, est reporté au 9-10 juin 2026 et aura lieu en ligne.',
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value, e.online])).toEqual([
      ['2026-06-09', '2026-06-10', true],
    ]);
    expect(page.warnings).toEqual([
      '"5-6 mai 2026" is the dates the event was first planned for, not the event\'s date: not used',
    ]);
  });

  it('"online and in Brussels" is no move online, and a date after "postponed to" is the new one', () => {
    const page = extractDocument(
      'Seminar on VET data\n\nThe seminar, postponed to 9-10 June 2026, will take place online and in Brussels.',
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2026-06-09', '2026-06-10']]);
    expect(page.warnings).toEqual([]);
  });
});

/* Dates the reviewed bulk pages showed read as the event's with the highest confidence, though they are not (issue 11). */
describe('publication dates behind a date label (no database)', () => {
  it('a CMS "date:" field under a news item is when it was published, not the event', () => {
    const page = extractDocument(
      'Peer review cycle starts\n\ndate:  26/06/2024\n\nThe EQAVET peer learning activity took place in Vienna on 12 and 13 March 2024.',
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2024-03-12', '2024-03-13']]);
  });

  it('"Article publication date:" ends in a date label but is a publication date', () => {
    const page = extractDocument(
      'Europe agrees new vocational priorities\n\nArticle publication date: 1 April 2005\n\nMinisters met in Maastricht on 14 December 2004 to agree the priorities.',
    );
    expect(page.events.flatMap((e) => [e.startDate?.value])).not.toContain('2005-04-01');
    expect(page.warnings.join(' ')).toMatch(/2005-04-01|1 April 2005/);
  });
  it('a "venue, city, dates" line dates the event, not the first programme day under it', () => {
    const page = extractDocument(
      [
        'ADULT GUIDANCE IN PRACTICE',
        'Example Agency, Tallinn, 14-15 October 2031',
        'Tuesday 14 October 2031',
        '09.00 – 09.30 Registration',
        '09.30 – 10.00 Opening',
      ].join('\n'),
    );
    expect(page.events.map((e) => [e.startDate?.value, e.endDate?.value])).toEqual([['2031-10-14', '2031-10-15']]);
  });
});
