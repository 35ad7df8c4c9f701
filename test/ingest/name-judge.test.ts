import {
  isOrganisationName,
  judgeOrganisations,
  whyNotAName,
  whyNotATitle,
  withoutTail,
} from '../../src/pipelines/ingest/ingest.name-judge';
import { spanOf } from '../../src/pipelines/ingest/ingest.model';

// Synthetic fragments of the kinds issue 11 lists, written for this test (no corpus text).
describe('organisation-name judge (issue 11, item 2)', () => {
  it.each([
    ['Agency on 14', 'date'],
    ['3 March in Lisbon', 'date'],
    ['Ministry on 7 octobre', 'date'],
    ['Presidency am 12. Mai', 'date'],
    ['Forum w dniu 5 maja', 'date'],
    ['Agency in 2019', 'date'],
    ['In 2019', 'date'],
    ['Slovenian', 'adjective'],
    ['Portugais', 'adjective'],
    ['Finnisch', 'adjective'],
    ['Network Italian', 'adjective'],
    ['Ministry', 'generic'],
    ['EU', 'generic'],
    ['Participants in Brussels', 'generic'],
    ['Sardinia', 'place'],
    ['Österreich', 'place'],
    ['Ελλάδα', 'place'],
    ['The agency said that the new rules will apply from next year.', 'sentence'],
    ['Lisbon hosted the annual skills gathering', 'sentence'],
    ['X', 'too short'],
    ['7', 'too short'],
    ['and the Chamber of Crafts', 'fragment'],
    ['Dr Anna Example', 'person'],
    ['Maria Beispiel', 'person'],
    ['CEO of Example Ltd', 'person'],
    ['Regional Skills Summit 2031', 'event'],
    ['Thematic Working Group on Examples', 'working group'],
    // Shapes seen on bulk pages, written here with other words.
    ['Après Lisbonne', 'fragment'],
    ['After Examplia', 'fragment'],
    ['Nach Wien', 'fragment'],
    ['12 Peer Visits', 'fragment'],
    ['Working group on examples    17', 'fragment'],
    ['Example\tNetwork', 'fragment'],
    ['NCPs of Examplia', 'generic'],
    ['Example Training Advisory Board Advisory Board', 'fragment'],
    ['Belgium-nl', 'place'],
    ['Lernort, der uns alle verbindet', 'sentence'],
  ])('refuses %j (%s)', (name, reason) => {
    expect(whyNotAName(name)).toBe(reason);
  });

  it.each([
    'Chamber of Crafts of Lower Example',
    'Agência Nacional para a Qualificação',
    'Bundesinstitut für Berufsbildung',
    'Ministero del Lavoro',
    'Υπουργείο Παιδείας',
    'Institut Français',
    'ETF',
    'Belgian Presidency of the Council of the EU',
    'ibw Austria',
    'Robert Example Stiftung',
    'Maria Example University',
  ])('accepts %j', (name) => {
    expect(isOrganisationName(name)).toBe(true);
  });

  it('refuses a quoted relative clause as a publication title and keeps a title with "that" inside', () => {
    expect(whyNotATitle('Lernort, der uns alle verbindet')).toBe('sentence');
    expect(whyNotATitle('A place, which brings us together')).toBe('sentence');
    expect(whyNotATitle('Skills that matter for examples')).toBeUndefined();
  });

  it('resolves equivalent names against the bundled data, keeping the name as written', () => {
    const text = 'Organised by CEDEFOP.';
    const [org] = judgeOrganisations([{ value: 'CEDEFOP', confidence: 0.8, span: spanOf(text, 13, 20) }]);
    expect(org).toMatchObject({
      value: 'CEDEFOP',
      known: true,
      knownAs: 'European Centre for the Development of Vocational Training',
    });
  });

  it('takes the known body for words an acronym vouches for, and splits two names read as one', () => {
    const text = 'Arts, Science and Technology (EESC) with Example Foundation and UNESCO';
    const judged = judgeOrganisations([
      { value: 'Technology', confidence: 0.8, span: spanOf(text, 18, 28), acronym: 'EESC' },
      { value: 'Example Foundation and UNESCO', confidence: 0.8, span: spanOf(text, 41, 70) },
    ]);
    expect(judged.map((org) => org.value)).toEqual([
      'European Economic and Social Committee',
      'Example Foundation',
      'UNESCO',
    ]);
    expect(judged[2].span.text).toBe('UNESCO');
  });

  it('cuts a tail that places or dates the body', () => {
    const text = 'the Example Agency in Vilnius';
    expect(withoutTail({ value: 'Example Agency in Vilnius', span: spanOf(text, 4, 29) }).value).toBe('Example Agency');
    expect(withoutTail({ value: 'Example Agency in Vocational Training', span: spanOf(text, 4, 29) }).value).toBe(
      'Example Agency in Vocational Training',
    );
  });
});
