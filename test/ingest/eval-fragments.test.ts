import { looksLikeFragment } from '../../src/cli/ingest-eval/fragments';

// The evaluation's own fragment judge (independent of the extractor's): shapes the bulk pages produced, in other words.
describe("the evaluation's fragment judge", () => {
  it.each([
    'Cedefop on 21',
    'Croatian',
    'Après Lisbonne',
    'After Examplia',
    '12 Peer Visits',
    'Working group on examples    17',
    'Example\tNetwork',
    'Belgium-fr',
    'Sardinia is where the meeting was held and it has been a success.',
  ])('calls %j a fragment', (name) => {
    expect(looksLikeFragment(name)).toBe(true);
  });

  it.each([
    'European Training Foundation',
    'ET 2020 Working Group on VET',
    'Bundesinstitut für Berufsbildung',
    'EfVET',
  ])('calls %j a name', (name) => {
    expect(looksLikeFragment(name)).toBe(false);
  });
});
