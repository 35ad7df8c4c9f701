import { labelFor, labelProps, labelsOf, mergeLabels } from '../../src/domain/labels';
import { readLabels } from '../../src/pipelines/import/import.labels';
import { searchKeyOf } from '../../src/domain/text-folding';

/* The label rules without a database (issue 16, item 2): which label name(lang:) shows, how records unite. */

const labels = [
  { lang: 'fr', value: 'Belgique', source: 'https://example.org/a' },
  { lang: 'nl', value: 'België', source: null },
  { lang: 'pt-br', value: 'Bélgica', source: null },
];

describe('labels', () => {
  it('picks the first wanted language that has a label, an exact tag before one of the same primary language', () => {
    expect(labelFor(labels, ['de', 'nl', 'fr'])?.value).toBe('België');
    expect(labelFor(labels, ['PT'])?.value).toBe('Bélgica');
    expect(labelFor(labels, ['fr-BE'])?.value).toBe('Belgique');
    expect(labelFor(labels, ['de', 'en'])).toBeUndefined();
  });

  it('stores labels as three lists of equal length and reads them back', () => {
    const stored = labelProps(labels);
    expect(stored).toEqual({
      labelLangs: ['fr', 'nl', 'pt-br'],
      labelValues: ['Belgique', 'België', 'Bélgica'],
      labelSources: ['https://example.org/a', '', ''],
    });
    expect(labelsOf(stored)).toEqual(labels);
    expect(labelsOf({ labelLangs: ['fr'], labelValues: [] })).toEqual([]);
  });

  it('unites labels of records with the same id, one per language and value, keeping a source found later', () => {
    const merged = mergeLabels(
      [{ lang: 'FR', value: 'Belgique', source: null }],
      [
        { lang: 'fr', value: 'Belgique', source: 'https://example.org/b' },
        { lang: 'de', value: 'Belgien', source: null },
      ],
    );
    expect(merged).toEqual([
      { lang: 'fr', value: 'Belgique', source: 'https://example.org/b' },
      { lang: 'de', value: 'Belgien', source: null },
    ]);
  });

  it('folds label values into the searchKey like the other names', () => {
    expect(searchKeyOf('Bruges', labelProps([{ lang: 'und', value: 'Brügge', source: null }]))).toBe('bruges | brugge');
  });

  it('reads record labels, naming the field of the first problem without echoing the value', () => {
    expect(readLabels([{ lang: 'pt-BR', value: ' Bélgica ' }])).toEqual([
      { lang: 'pt-br', value: 'Bélgica', source: null },
    ]);
    expect(readLabels(undefined)).toEqual([]);
    expect(readLabels('fr')).toBe('labels must be a list of {lang, value, source?}');
    expect(
      readLabels([
        { lang: 'fr', value: 'x' },
        { lang: 'fr; DROP', value: 'y' },
      ]),
    ).toBe('labels[1].lang must be a BCP 47 language tag such as "fr" or "pt-BR"');
    expect(readLabels([{ lang: 'fr', value: '' }])).toBe('labels[0].value must be a non-empty string');
    expect(readLabels([{ lang: 'fr', value: 'x', source: 'ftp://secret' }])).toBe(
      'labels[0].source must be an http(s) URL or seed:<file>',
    );
    expect(readLabels([{ lang: 'fr', value: 'x', note: 'y' }])).toBe(
      'labels[0] has an unknown field (only lang, value and source are read)',
    );
  });
});
