import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';
import { datesOf } from '../../src/pipelines/ingest/ingest.dates';

// Synthetic pages written for this test (no corpus text): the ways a page names or announces its event that the
// extractor reads since the 2026-12-07 session (issue 11), and where each rule stops.
const first = (text: string) => extractDocument(text, undefined, null).events[0];

describe('an event announced as the subject of a future verb (issue 11: pages refused though they announce an event)', () => {
  it('reads "The 9th Harbour Network annual meeting will welcome ..." as announcing that meeting, undated', () => {
    const event = first(
      'The 9th Harbour Network annual meeting will welcome the partners of the network under the new agreement. It aims to prepare the next work plan and to share experience.',
    );
    expect([event?.title.value, event?.title.confidence, event?.startDate]).toEqual([
      '9th Harbour Network annual meeting',
      0.8,
      undefined,
    ]);
  });

  it('not when the kind word only qualifies something else that will happen ("the meeting rooms ... will be")', () => {
    const page = extractDocument(
      'Young people from the harbour region will present their projects to the public. The meeting rooms of the agency will be renovated during the coming spring.',
      undefined,
      null,
    );
    expect(page.events).toEqual([]);
  });
});

describe('people who met or came together, with a date (issue 11: event verbs)', () => {
  it('dates the meeting of "ministers met from 16 to 17 September 2020 ... in Osnabrück"', () => {
    const event = first(
      'Towards excellent VET\n\nEuropean education ministers met from 16 to 17 September 2020 for an informal exchange in Osnabrück, Germany.',
    );
    expect([event?.startDate?.value, event?.endDate?.value]).toEqual(['2020-09-16', '2020-09-17']);
  });

  it('does not read "met" without a place, a time or a purpose after it ("the targets were met")', () => {
    const page = extractDocument(
      'Harbour results\n\nThe targets were met by 12 October 2020, the agency said.',
      undefined,
      null,
    );
    expect(page.events).toEqual([]);
  });
});

describe('a date range opening a line is not a dateline (issue 11: dates)', () => {
  it('reads "30–31 October 2025 – <title>" as a list line, and keeps a one-day "Place, date – text" a dateline', () => {
    const range = datesOf('Calendar of events:\n30–31 October 2025 – Harbour and hinterland together for young people');
    expect(range.map((d) => d.role)).toEqual(['prose']);
    const dateline = datesOf('Harbourtown, 30 October 2025 – The agency announced its new director today.');
    expect(dateline.map((d) => d.role)).toEqual(['publication']);
  });
});

describe('titles named in quotes or after a capitalised kind word (issue 11: titles)', () => {
  it('takes a quoted title holding a full stop that the page says is the title of its seminar', () => {
    const event = first(
      '“No one left behind. Training as a right for all” è il titolo del 12° Seminario di Formazione che si svolge a Taranto il 12 e il 13 ottobre 2023.',
    );
    expect([event?.title.value, event?.title.origin, event?.title.confidence]).toEqual([
      'No one left behind. Training as a right for all',
      'quoted',
      0.85,
    ]);
  });

  it('reads the Romance order, kind word then proper name ("la 29ª edizione del Seminario Europa")', () => {
    const event = first(
      'Interverrà anche la ministra alla 29ª edizione del Seminario Europa in programma il 13 settembre 2017 a Bisceglie. Saranno presenti molti ospiti.',
    );
    expect([event?.title.value, event?.title.origin, event?.title.confidence]).toEqual([
      'Seminario Europa',
      'first-sentence',
      0.8,
    ]);
  });

  it('not when the capitalised words after the kind word open a title or a date ("the conference How to ...")', () => {
    const how = first(
      'Harbour news\n\nThe agency held the Conference How to make learning visible on 3 May 2016 in Thessaloniki.',
    );
    expect(how?.title.value).not.toBe('Conference How');
    const dated = first(
      'Harbour news\n\nThe agency held its annual Conference March 2016 in Thessaloniki on 3 March 2016.',
    );
    expect(dated?.title.value).not.toMatch(/^Conference March/);
  });
});

describe('an English title in title case after its lower-case kind word (issue 11: titles)', () => {
  it('reads "organised the conference Quality in the Mobility Projects of ..." up to the end of its clause', () => {
    const event = first(
      'Harbour news\n\nIn March 2003 the national agency organised the conference Quality in the Harbour Projects of the Lifelong Learning Programme. About 200 people attended the conference.',
    );
    expect([event?.title.value, event?.title.confidence]).toEqual([
      'Quality in the Harbour Projects of the Lifelong Learning Programme',
      0.8,
    ]);
  });

  it('not when a lower-case word other than a small word follows ("the conference Cedefop organised last year")', () => {
    const event = first(
      'Harbour news\n\nThe agency organised the conference Cedefop Director spoke at last year, and it took place on 3 May 2016 in Thessaloniki.',
    );
    expect(event?.title.value).not.toMatch(/^Cedefop Director/);
  });
});

describe('a proper name in the block’s first sentence (issue 11: titles)', () => {
  it('names the event when the sentence that dates it only says "a joint expert seminar"', () => {
    const event = first(
      'Work programme 2012-2015\nThe harbour agencies have organised a Joint Harbour Seminar on Quality Assurance in training. The agencies are organising a joint harbour seminar on 22-23 October 2012 in Brussels to promote cooperation.',
    );
    expect([event?.title.value, event?.title.confidence]).toEqual(['Joint Harbour Seminar on Quality Assurance', 0.8]);
  });

  it('takes no hashtag as part of a name ("the #HARBOURTRP 2017 conference")', () => {
    const event = first(
      'Harbour Process: making skills more relevant\n\nDelegates from 28 countries took part in the #HARBOURTRP 2017 conference in Turin on 7-8 June 2017.',
    );
    expect(event?.startDate?.value).toBe('2017-06-07');
    expect(event?.title.value).not.toMatch(/^HARBOURTRP/);
  });
});
