import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';
import { FACT_THRESHOLD } from '../../src/pipelines/ingest/ingest.model';
import { titleProblem } from '../../src/pipelines/ingest/ingest.title-judge';

/** A synthetic event page: a heading line, then a sentence with the event's date and place. */
function page(
  heading: string,
  body = 'The event takes place in Lisbon on 14 May 2019 and gathers experts from the Member States.',
): string {
  return `${heading}\n\n${body}`;
}

/** The title rule's own confidence (uncalibrated: what the rule says, before ingest.calibration.ts weighs it). */
function title(text: string): { value: string; confidence: number } {
  const event = extractDocument(text, undefined, null).events[0];
  return { value: event.title.value, confidence: event.title.confidence };
}

/* Issue 11, item 7: on unseen pages the heading is often a news item's headline, not the event's name. */
describe('how sure a heading is the event name (no database)', () => {
  it('keeps a heading that names the event as a fact', () => {
    const got = title(page('Annual Forum of the Mobility Network 2019'));
    expect(got).toEqual({ value: 'Annual Forum of the Mobility Network 2019', confidence: 0.9 });
  });

  it('cuts the event name out of a headline whose subject is the event', () => {
    const got = title(page('Regional Network Meeting on Guidance held in Lisbon'));
    expect(got.value).toBe('Regional Network Meeting on Guidance');
    expect(got.confidence).toBeGreaterThanOrEqual(FACT_THRESHOLD);
  });

  it('leaves a headline about someone at the event below the threshold', () => {
    const got = title(page('Harbour Institute participates in the Lisbon guidance seminar'));
    expect(got.confidence).toBeLessThan(FACT_THRESHOLD);
  });

  it('takes the event after "at" when the kind word follows it closely', () => {
    const got = title(page('Minister Ana Costa at the Conference of Guidance Directors'));
    expect(got.value).toBe('Conference of Guidance Directors');
    expect(got.confidence).toBeGreaterThanOrEqual(FACT_THRESHOLD);
  });

  it('drops a press-release label in front of the name', () => {
    expect(title(page('PRESS RELEASE 412th Council meeting on Education and Training')).value).toBe(
      '412th Council meeting on Education and Training',
    );
  });

  it('drops a trailing place and date from the heading', () => {
    expect(title(page('Harbour Guidance Board Meeting – Lisbon, 14th May 2019')).value).toBe(
      'Harbour Guidance Board Meeting',
    );
    expect(title(page('Meeting of Guidance Directors (Porto, Portugal: May 14-15, 2019)')).value).toBe(
      'Meeting of Guidance Directors',
    );
  });

  it('cuts the event out of a heading that is a sentence about it', () => {
    expect(title(page('The Harbour Guidance Conference is a yearly event for practitioners'))).toEqual({
      value: 'The Harbour Guidance Conference',
      confidence: 0.8,
    });
  });

  it('keeps a heading whose last part is a topic, not a place', () => {
    expect(title(page('Annual Guidance Forum: Careers, Skills and Sport')).value).toBe(
      'Annual Guidance Forum: Careers, Skills and Sport',
    );
  });

  it.each([
    ['a look back at the event', 'Impressions from the Harbour Guidance Conference'],
    ['a generic heading', 'International Conference'],
    ['a generic heading in French', 'Forum annuel'],
    ['a generic heading in German', 'Jährliche Konferenz'],
    ['a document code', 'Council conference C/19/212 press office'],
    ['a document about the event', 'Report - Harbour Guidance Conference'],
    ['site furniture', 'Other available languages: FR DE conference'],
    ['a navigation trail', 'Home > 2019 > Harbour Guidance Conference'],
    ['a fragment starting in lower case', 'conference in Lisbon, Portugal and'],
  ])('keeps %s below the threshold', (_why, heading) => {
    expect(title(page(heading)).confidence).toBeLessThan(FACT_THRESHOLD);
  });

  it('keeps an organisation name above a place-and-date line below the threshold', () => {
    const got = title(
      'European Training Foundation\nLisbon, 14-15 May 2019\n\nThe seminar on guidance policies gathers experts from the Member States.',
    );
    expect(got.value).toBe('European Training Foundation');
    expect(got.confidence).toBeLessThan(FACT_THRESHOLD);
  });

  it('stops a name from the first sentence before a bracket and a weekday', () => {
    const got = title(
      'The Harbour Guidance Forum on lifelong guidance policies (Lisbon, 14 May 2019) gathered experts.',
    );
    expect(got.value).toBe('Harbour Guidance Forum on lifelong guidance policies');
  });

  it('keeps a lone organisation name before a kind word below the threshold', () => {
    const got = title('Experts met at a Harbour workshop in Lisbon on 14 May 2019.');
    expect(got.confidence).toBeLessThan(FACT_THRESHOLD);
  });
});

/* Found by a new user: a year or a topic word as the heading became the event's name at 0.9. */
describe('headings that cannot be an event name (no database)', () => {
  const body =
    'The conference will take place in Brussels on 4 and 5 December 2025, organised by the European Commission.';

  it('a heading of digits only (a year) stays below the threshold', () => {
    expect(title(page('2025', body)).confidence).toBeLessThan(FACT_THRESHOLD);
  });

  it('a single word naming no kind of event stays below the threshold', () => {
    expect(title(page('Apprenticeships', body)).confidence).toBeLessThan(FACT_THRESHOLD);
  });

  it('a status after the name is not part of it', () => {
    expect(title(page('Seminar on VET for the green transition – new dates', body))).toEqual({
      value: 'Seminar on VET for the green transition',
      confidence: 0.9,
    });
    expect(title(page('Policy learning forum on VET teachers postponed', body)).value).toBe(
      'Policy learning forum on VET teachers',
    );
  });
});

// Shapes of titles written from bulk pages that the editors read otherwise, here with other words.
describe('a title read from the page that holds a date, a bracket left open, an address or only a place', () => {
  const keep = (title: string) => {
    const problem = titleProblem(title);
    return problem === undefined ? title : problem.keep === undefined ? null : title.slice(0, problem.keep);
  };

  it.each([
    ['Annual conference of the Example Partners at 12-13 of May 2031', 'Annual conference of the Example Partners'],
    ['Example Network Conference from 4th – 7th October 2031 in Valletta', 'Example Network Conference'],
    ['Experts Meeting on Examples, Bonn, Germany 25-28 October 2031', 'Experts Meeting on Examples'],
    ['3 February 2031 – first meeting with examples', null],
    ['Conference on Tuesday', null],
    ['Example Forum of Trainers) holds its conference on 26', null],
    ['Register for the Conference on line via www', null],
    ['Thessaloniki', null],
    ['Skills Forum 2031', 'Skills Forum 2031'],
    ['Policy learning forum on teachers and trainers', 'Policy learning forum on teachers and trainers'],
  ])('%j keeps %j', (title, kept) => {
    expect(keep(title)).toBe(kept);
  });
});

describe('the title check on a whole page', () => {
  it('cuts the date off a heading and proposes a heading that names only a weekday', () => {
    const titled = (heading: string) =>
      extractDocument(
        page(heading, 'The conference takes place in Lisbon on 12 and 13 May 2031 and gathers experts.'),
      ).events.map((e) => [e.title.value, e.title.confidence, e.title.span.text]);
    expect(titled('Joint conference of the Example Partners at 12-13 of May 2031')).toEqual([
      ['Joint conference of the Example Partners', 0.8, 'Joint conference of the Example Partners'],
    ]);
    expect(titled('Conference on Tuesday')).toEqual([['Conference on Tuesday', 0.6, 'Conference on Tuesday']]);
  });
});
