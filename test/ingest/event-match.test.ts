import { matchEvent } from '../../src/pipelines/ingest/ingest.event-match';
import { CandidateEntity } from '../../src/pipelines/ingest/ingest.plan';
import { StoredNode } from '../../src/pipelines/ingest/ingest.stored-node';

const span = { start: 0, end: 0, text: '' };
const page = (name: string, props: Record<string, unknown>): CandidateEntity => ({
  key: 'event',
  role: 'event',
  type: 'Event',
  proposedId: `event:${name.toLowerCase().replace(/\W+/g, '-')}-2013`,
  name,
  props,
  confidence: 0.9,
  span,
});
const STORED: StoredNode = {
  id: 'event:pla-porto-2013',
  type: 'Event',
  name: 'Peer learning activity on apprenticeships',
  keys: [],
  kind: 'PEER_LEARNING_ACTIVITY',
  startDate: '2013-06-12',
  endDate: '2013-06-13',
  heldIn: ['place:porto'],
  url: 'https://example.org/pla-porto',
};
const DATES = { startDate: '2013-06-12', endDate: '2013-06-13' };

/* Issue 11, item 4: strict event resolution, rule by rule (no database). */
describe('matchEvent', () => {
  it('the same title and dates, no city on the page: the same event', () => {
    expect(matchEvent(page('Peer learning activity on apprenticeships', DATES), [STORED], undefined)).toMatchObject({
      kind: 'same',
      by: 'date and place',
    });
  });

  it('another title of the same kind, the same dates and the city the stored event was held in: the same event', () => {
    expect(
      matchEvent(page('PLA in Porto', { ...DATES, kind: 'PEER_LEARNING_ACTIVITY' }), [STORED], 'place:porto'),
    ).toMatchObject({ kind: 'same' });
  });

  it('the same kind and dates but no city on the page: only a partial match (the kind alone never confirms)', () => {
    expect(
      matchEvent(page('PLA in Portugal', { ...DATES, kind: 'PEER_LEARNING_ACTIVITY' }), [STORED], undefined),
    ).toMatchObject({
      kind: 'partial',
      samePage: false,
      why: 'the same dates, but the page names no city to confirm it',
    });
  });

  it('the same title and dates in another city: a partial match', () => {
    expect(matchEvent(page('Peer learning activity on apprenticeships', DATES), [STORED], 'place:braga')).toMatchObject(
      { kind: 'partial' },
    );
  });

  it('another title and kind, the same dates, another city: another event, no match at all', () => {
    expect(
      matchEvent(page('Conference on adult learning', { ...DATES, kind: 'CONFERENCE' }), [STORED], 'place:braga'),
    ).toBeUndefined();
  });

  it('the same page with other dates (rescheduled): a partial match on the same page, to propose the new values', () => {
    expect(
      matchEvent(
        page('Peer learning activity on apprenticeships', { startDate: '2013-07-01', url: STORED.url }),
        [STORED],
        undefined,
      ),
    ).toMatchObject({
      kind: 'partial',
      samePage: true,
      why: 'the same page or title, but other dates',
    });
  });

  it('a one-day page against a two-day stored event: the dates do not agree', () => {
    expect(
      matchEvent(
        page('Peer learning activity on apprenticeships', { startDate: '2013-06-12' }),
        [STORED],
        'place:porto',
      )?.kind,
    ).toBe('partial');
  });
});

describe('sameTitle', () => {
  it('ignores case, accents, a leading article and a year', async () => {
    const { sameTitle } = await import('../../src/pipelines/ingest/ingest.event-match');
    expect(sameTitle('The European Vocational Skills Week', 'European vocational skills week 2019')).toBe(true);
    expect(sameTitle('Séminaire sur la validation', 'Seminaire sur la validation')).toBe(true);
    expect(sameTitle('European Vocational Skills Week', 'European Skills Forum')).toBe(false);
  });
});
