import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpusFacts, VetDataset } from '../../scripts/corpus-facts/build';
import { toPageFacts } from '../../scripts/corpus-facts/page-facts';
import { applySecondPass } from '../../scripts/corpus-facts/second-pass';
import { readStatedRelations } from '../../scripts/corpus-facts/stated-relations';

// Synthetic records written for this test (no page text).
const src = 'https://example.org/known';
const bundled: VetDataset = {
  entities: [
    { id: 'org:cedefop', type: 'Organisation', name: 'European Centre for the Development of Vocational Training', props: { acronym: 'Cedefop' }, sources: [src] },
    { id: 'org:european-commission', type: 'Organisation', name: 'European Commission', props: {}, sources: [src] },
    { id: 'org:refernet', type: 'Organisation', name: 'ReferNet', props: { kind: 'NETWORK' }, sources: [src] },
    { id: 'policy:european-green-deal', type: 'PolicyDocument', name: 'European Green Deal', props: { year: 2019 }, sources: [src] },
    { id: 'policy:bruges-communique-2010', type: 'PolicyDocument', name: 'Bruges Communiqué on enhanced European cooperation in vocational education and training for the period 2011-2020', props: { year: 2010 }, sources: [src] },
  ],
  relations: [],
};
const page = (url: string, events: object[], extra: object = {}) => toPageFacts({ url, pageType: 'event', events, ...extra }, 'bulk-review');
const lines = (built: ReturnType<typeof buildCorpusFacts>) => built.dataset.relations.map((r) => `${r.from} ${r.type} ${r.to}`);

describe('the second and third editorial passes and the merging rules (issue 13)', () => {
  it('adds people in public roles with their organisation ("European Commission (DG EMPL)" is the Commission)', () => {
    const p = page('https://example.org/p1', []);
    p.people = [
      { name: 'Jane Example', role: 'Acting Director', organisation: 'Cedefop' },
      { name: 'John Sample', role: null, organisation: 'European Commission (DG EMPL)' },
      { name: 'Onlysurname', role: 'Commissioner', organisation: 'European Commission' },
    ];
    const built = buildCorpusFacts([p], [bundled]);
    expect(built.dataset.entities.filter((e) => e.type === 'Person').map((e) => [e.id, e.props])).toEqual([
      ['person:jane-example', { role: 'Acting Director' }],
      ['person:john-sample', {}],
    ]);
    expect(lines(built)).toEqual(['person:jane-example WORKS_FOR org:cedefop', 'person:john-sample WORKS_FOR org:european-commission']);
  });

  it('makes pages naming one event in one year one event citing all of them, dates a few days apart noted; other dates stay apart', () => {
    const built = buildCorpusFacts([
      page('https://example.org/a', [{ title: 'EuroSkills Gdańsk 2023', startDate: '2023-09-05', endDate: '2023-09-09' }]),
      page('https://example.org/b', [{ title: 'EuroSkills Gdansk 2023', startDate: '2023-09-06', endDate: '2023-09-08' }]),
      page('https://example.org/c', [{ title: 'EuroSkills Gdańsk 2023', year: 2023 }]),
      page('https://example.org/d', [{ title: 'Advisory Committee meeting', startDate: '2014-06-02' }]),
      page('https://example.org/e', [{ title: 'Advisory Committee meeting', startDate: '2014-10-13' }]),
    ], [bundled]);
    const events = built.dataset.entities.filter((e) => e.type === 'Event');
    expect(events.map((e) => [e.id, e.sources.length])).toEqual([
      ['event:advisory-committee-meeting-2014', 1],
      ['event:advisory-committee-meeting-2014-2', 1],
      ['event:euroskills-gdansk-2023', 3],
    ]);
    expect(built.notes).toEqual([{ id: 'event:euroskills-gdansk-2023', field: 'startDate', known: '2023-09-05', page: '2023-09-06', url: 'https://example.org/b' }]);
  });

  it('folds topics written several ways into one, and drops a topic that is another entity\'s name (its ABOUT becomes CITES)', () => {
    const built = buildCorpusFacts([
      page('https://example.org/t1', [{ title: 'Forum one', year: 2012, topics: ['Apprenticeships', 'Excellence in VET', 'European Green Deal'] }]),
      page('https://example.org/t2', [{ title: 'Forum two', year: 2013, topics: ['apprenticeship', 'VET excellence'] }]),
    ], [bundled]);
    expect(built.dataset.entities.filter((e) => e.type === 'Topic').map((e) => e.name)).toEqual(['Apprenticeships', 'Excellence in VET']);
    expect(lines(built)).toEqual(expect.arrayContaining(['event:forum-one-2012 CITES policy:european-green-deal', 'event:forum-two-2013 ABOUT topic:apprenticeships']));
  });

  describe('with review files', () => {
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passes-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('fills only what the first review left empty, and empties a value a second editor found wrong (listed for a human)', () => {
      const pages = [page('https://example.org/f', [
        { title: 'Skills forum', startDate: null, year: null, city: null, country: null },
        { title: 'Other forum', startDate: '2019-05-02', endDate: '2019-05-03', city: 'Riga', country: 'LV' },
      ])];
      fs.writeFileSync(path.join(dir, 'people-0.jsonl'), `${JSON.stringify({ url: 'https://example.org/f', people: [], eventFixes: [
        { event: 'Skills forum', city: 'Riga', country: 'LV', year: 2019 },
        { event: 'Other forum', city: 'Tallinn' },
      ], corrections: [{ event: 'Other forum', field: 'startDate', why: 'the page gives 3 May' }] })}\n`);
      const notes = applySecondPass(pages, dir);
      expect(pages[0].events.map((e) => [e.city, e.country, e.year, e.startDate, e.endDate])).toEqual([['Riga', 'LV', 2019, null, null], ['Riga', 'LV', null, null, null]]);
      expect(notes).toEqual([{ url: 'https://example.org/f', event: 'Other forum', field: 'startDate', firstReview: '2019-05-02', why: 'the page gives 3 May' }]);
    });

    it('writes stated relationships only of the allowed types and ends, MEMBER_OF with its years', () => {
      const pages = [page('https://example.org/r', [{ title: 'Plenary 2017', year: 2017 }, { title: 'Vocational Skills Week 2017', year: 2017 }])];
      const stated = [
        { type: 'PART_OF', from: 'Plenary 2017', fromType: 'Event', to: 'Vocational Skills Week 2017', toType: 'Event' },
        { type: 'MEMBER_OF', from: 'MT', fromType: 'Country', to: 'ReferNet', toType: 'Organisation', since: 2004, until: null },
        { type: 'COORDINATED_BY', from: 'ReferNet', fromType: 'WorkingGroup', to: 'Cedefop', toType: 'Organisation' },
        { type: 'HOSTED_BY', from: 'Plenary 2017', fromType: 'Event', to: 'Cedefop', toType: 'Organisation' },
        { type: 'PART_OF', from: 'Plenary 2017', fromType: 'Event', to: 'Cedefop', toType: 'Organisation' },
      ];
      fs.writeFileSync(path.join(dir, 'relations-0.jsonl'), `${JSON.stringify({ url: 'https://example.org/r', relations: stated })}\n`);
      readStatedRelations(pages, dir);
      expect(pages[0].relations!.map((r) => r.type)).toEqual(['PART_OF', 'MEMBER_OF', 'COORDINATED_BY']);
      const built = buildCorpusFacts(pages, [bundled]);
      // ReferNet is a known network (an Organisation), so it cannot be COORDINATED_BY: that one is left out.
      expect(built.dataset.relations.map((r) => [`${r.from} ${r.type} ${r.to}`, r.props])).toEqual([
        ['event:plenary-2017 PART_OF event:vocational-skills-week-2017', {}],
        ['country:MT MEMBER_OF org:refernet', { since: '2004' }],
      ]);
    });
  });
});
