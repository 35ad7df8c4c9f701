import { findOrganisers } from '../../src/pipelines/ingest/ingest.roles';

// Synthetic sentences written for this test (no corpus text).
const organisers = (text: string) => findOrganisers(text).map((org) => [org.value, org.confidence]);

describe('owners of an event inside a clause, and joint events (issue 11: organisers)', () => {
  it('reads the owner whose possessive stands in the middle of its clause, words between it and the kind', () => {
    expect(organisers('Skills for the future was the theme of Cedefop’s 12th Brussels seminar, held online.')).toEqual([
      ['Cedefop', 0.8],
    ]);
    expect(organisers('Validation was discussed at Cedefop’s conference on how to make learning visible.')).toEqual([
      ['Cedefop', 0.8],
    ]);
  });

  it('reads the acronym of a known body compounded with a kind word by a hyphen', () => {
    expect(organisers('Wir laden zum nächsten BIBB-Kongress am 7. Juni nach Berlin ein.')).toEqual([['BIBB', 0.8]]);
    expect(organisers('Het Cedefop-Seminar vond plaats in Brussel.')).toEqual([['Cedefop', 0.8]]);
    // An unknown acronym, or a body's name used as a word, is no owner.
    expect(organisers('Die XYZQ-Tagung fand statt.')).toEqual([]);
  });

  it('reads the agent of a German attributive participle', () => {
    expect(
      organisers('Es fand eine durch das Beispielinstitut für Berufsbildung in Bonn organisierte Konferenz statt.'),
    ).toEqual([['Beispielinstitut für Berufsbildung', 0.8]]);
    expect(organisers('Die vom Cedefop veranstaltete Tagung war gut besucht.')).toEqual([['Cedefop', 0.8]]);
    expect(organisers('Der von der Kommission gewählte Ansatz wurde diskutiert.')).toEqual([]);
  });

  it('reads no owner from a place or a common noun', () => {
    expect(organisers('Skills were the theme of Europe’s largest conference on training.')).toEqual([]);
    expect(organisers('It was the theme of the year’s main seminar.')).toEqual([]);
  });

  it('reads every body of a joint event named with a slash', () => {
    expect(organisers('The joint Cedefop/OECD symposium on apprenticeship brings together policy makers.')).toEqual([
      ['Cedefop', 0.8],
      ['OECD', 0.8],
    ]);
    expect(
      organisers(
        'The second joint Cedefop/European Economic and Social Committee (EESC) policy learning forum met in Brussels.',
      ),
    ).toEqual([
      ['Cedefop', 0.8],
      ['European Economic and Social Committee', 0.8],
    ]);
  });

  it('reads nothing from a joint event of no named bodies', () => {
    expect(organisers('A joint research/policy conference took place in Riga.')).toEqual([]);
  });
});
