import { kindMentions } from '../../src/pipelines/ingest/ingest.event-mentions';
import { FoldedText } from '../../src/pipelines/ingest/ingest.folding';

// Synthetic sentences (no corpus text); the organisations' names are those of the bundled data.
const kinds = (text: string) => kindMentions(new FoldedText(text)).map((m) => [m.kind ?? null, m.span.text]);

describe('a kind word inside an organisation name the bundled data knows is not an event (no database)', () => {
  it('reads no forum in the European Forum of Technical and Vocational Education and Training', () => {
    const text = 'Speakers: a policy officer of the European Forum of Technical and Vocational Education and Training.';
    expect(kinds(text)).toEqual([]);
  });

  it('still reads the seminar of a sentence that names such a body', () => {
    const text = 'The European Youth Forum joined the seminar on apprenticeships.';
    expect(kinds(text)).toEqual([['SEMINAR', 'seminar']]);
  });

  it('still reads a forum that is not a known body', () => {
    expect(kinds('The Example Skills Forum opens on Monday.')).toEqual([['FORUM', 'Forum']]);
  });
});

describe('kind words of the languages added on 2026-12-07 (no database)', () => {
  it.each([
    ['A konferencián részt vettek.', 'CONFERENCE'],
    ['Konferencija vyko Vilniuje.', 'CONFERENCE'],
    ['Seminaari pidettiin Helsingissä.', 'SEMINAR'],
    ['A szemináriumon beszéltek.', 'SEMINAR'],
    ['Kokous pidettiin Turussa.', 'MEETING'],
    ['Sastanak je održan u Zagrebu.', 'MEETING'],
  ])('%j names a %s', (text, kind) => {
    expect(kinds(text).map(([k]) => k)).toEqual([kind]);
  });
});
