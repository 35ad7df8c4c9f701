import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';
import { kindMentions } from '../../src/pipelines/ingest/ingest.event-mentions';
import { FoldedText } from '../../src/pipelines/ingest/ingest.folding';
import { findWorkingGroups, withOwnMeetings } from '../../src/pipelines/ingest/ingest.working-groups';

// Synthetic sentences written for this test (no corpus text). ReferNet and EQAVET are networks of the bundled data.
const groupsOf = (text: string, title?: string) =>
  withOwnMeetings(findWorkingGroups(text), text, kindMentions(new FoldedText(text)), title).map((g) => [
    g.value,
    g.confidence,
  ]);

describe('a working group whose own meeting the event is (issue 11: working-group recall)', () => {
  it.each([
    ['name, then its kind word', 'The ReferNet annual plenary meeting took place in Riga.'],
    ['possessive and ordinal', 'Delegates came to ReferNet’s 12th plenary in Riga.'],
    ['kind word, then "of the" name', 'The annual meeting of the ReferNet was held in Riga.'],
    ['Portuguese "da"', 'A 12.ª reunião plenária anual da ReferNet decorreu em Riga.'],
  ])('%s: 0.9', (_, text) => {
    expect(groupsOf(text)).toEqual([['ReferNet', 0.9]]);
  });

  it('named in the event title: 0.91, calibrated apart', () => {
    expect(groupsOf('Members of EQAVET discussed quality indicators.', 'EQAVET Annual Network Meeting')).toEqual([
      ['EQAVET', 0.91],
    ]);
  });

  it('a group of the bundled data whose short name is generic is not looked for by name', () => {
    // "steering group", "Labour Market Observatory" are records of the bundled data: on another page, any other.
    expect(groupsOf('The steering group and the Labour Market Observatory met in Riga.')).toEqual([]);
  });

  it('a standing group of the bundled data that is not a named network: 0.78, 0.88 at its own meeting', () => {
    expect(groupsOf('Experts of Skillsnet attended the conference in Riga.')).toEqual([['Skillsnet', 0.78]]);
    expect(groupsOf('The annual meeting of CareersNet experts took place in Riga.')).toEqual([['CareersNet', 0.88]]);
  });

  it('named elsewhere, or beside an event that is not its own: the rule’s own confidence', () => {
    expect(groupsOf('ReferNet members attended the conference in Riga.')).toEqual([['ReferNet', 0.8]]);
    expect(groupsOf('The conference was organised with the support of ReferNet partners.')).toEqual([
      ['ReferNet', 0.8],
    ]);
  });

  it('a standing group whose own meeting is reported: 0.92, calibrated apart', () => {
    const found = (text: string) => findWorkingGroups(text).map((g) => [g.value, g.confidence]);
    expect(found('The 12th meeting of the Example Qualifications Advisory Group was held online.')).toEqual([
      ['Example Qualifications Advisory Group', 0.92],
    ]);
    // A group the bundled data names is found by its name first (0.78, calibrated apart).
    expect(found('The meeting of Directors General for vocational education and training took place in Riga.')).toEqual(
      [['Directors General for vocational education and training', 0.78]],
    );
    expect(found('The Governing Board meeting took place in June.')).toEqual([['Governing Board', 0.92]]);
    expect(found('La reunión del Consejo de Dirección se celebró en Turín.')).toEqual([['Consejo de Dirección', 0.92]]);
    // The Council and the Commission are institutions, not groups.
    expect(found('The meeting of the Council adopted conclusions.')).toEqual([]);
  });

  it('page furniture before a network is not part of its name', () => {
    expect(findWorkingGroups('Document Title Baltic Skills Network meeting in Riga').map((g) => g.value)).toEqual([
      'Baltic Skills Network',
    ]);
    expect(findWorkingGroups('Annual Network Meeting of the partners').map((g) => g.value)).toEqual([]);
  });

  it('reaches the extraction of a whole page (raw confidences)', () => {
    const page = extractDocument(
      'ReferNet annual plenary meeting 2017\n\nOn 29-30 November 2017 the ReferNet annual plenary meeting took place in Thessaloniki.',
      undefined,
      null,
    );
    expect(page.events.map((e) => e.workingGroups.map((g) => [g.value, g.confidence]))).toEqual([[['ReferNet', 0.91]]]);
  });
});
