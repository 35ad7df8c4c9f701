import fs from 'node:fs';
import path from 'node:path';
import { buildCorpusFacts, VetDataset } from '../../scripts/corpus-facts/build';
import { splitBrackets } from '../../scripts/corpus-facts/names';
import { toPageFacts } from '../../scripts/corpus-facts/page-facts';
import { readPageFacts } from '../../scripts/corpus-facts/page-facts';

// Synthetic records written for this test (no page text): one known event and organisation, pages about them.
const bundled: VetDataset = {
  entities: [
    { id: 'org:cedefop', type: 'Organisation', name: 'European Centre for the Development of Vocational Training', props: { acronym: 'Cedefop' }, sources: ['https://example.org/a'] },
    { id: 'place:thessaloniki', type: 'Place', name: 'Thessaloniki', props: { kind: 'CITY', countryCode: 'GR' }, sources: ['https://example.org/a'] },
    { id: 'country:GR', type: 'Country', name: 'Greece', props: { code: 'GR' }, sources: ['https://example.org/a'] },
    { id: 'event:forum-2019', type: 'Event', name: 'Policy learning forum on apprenticeships', props: { startDate: '2019-06-03', endDate: '2019-06-04' }, sources: ['https://example.org/a'] },
  ],
  relations: [{ from: 'event:forum-2019', type: 'HELD_IN', to: 'place:thessaloniki', props: {}, sources: ['https://example.org/a'] }],
};

const page = (url: string, events: object[], extra: object = {}) => toPageFacts({ url, pageType: 'event', events, ...extra }, 'bulk-review');

describe('building bundled facts from reviewed pages (issue 13)', () => {
  it('links a page to the known event with the same start date and title words, citing the page, props untouched', () => {
    const built = buildCorpusFacts([page('https://example.org/p1', [{ title: 'Apprenticeships policy learning forum', startDate: '2019-06-03', endDate: '2019-06-05', city: 'Thessaloniki', hosts: ['Cedefop'] }])], [bundled]);
    expect(built.eventsLinked).toBe(1);
    expect(built.eventsCreated).toBe(0);
    const event = built.dataset.entities.find((e) => e.id === 'event:forum-2019');
    expect(event).toEqual({ id: 'event:forum-2019', type: 'Event', name: 'Policy learning forum on apprenticeships', props: {}, sources: ['https://example.org/p1'] });
    expect(built.notes).toEqual([{ id: 'event:forum-2019', field: 'endDate', known: '2019-06-04', page: '2019-06-05', url: 'https://example.org/p1' }]);
    expect(built.dataset.relations).toContainEqual({ from: 'event:forum-2019', type: 'HOSTED_BY', to: 'org:cedefop', props: {}, sources: ['https://example.org/p1'] });
  });

  it('creates a new event with its place, country and roles when nothing known matches, every record citing the page', () => {
    const built = buildCorpusFacts([page('https://example.org/p2', [{ title: 'ReferNet plenary', eventKind: 'plenary', startDate: '2018-11-21', endDate: '2018-11-23', city: 'Vienna', country: 'AT', organisers: ['BIBB (Germany)'], topics: ['apprenticeships'] }])], [bundled]);
    const ids = built.dataset.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['event:refernet-plenary-2018', 'place:vienna', 'country:AT', 'org:bibb', 'topic:apprenticeships']));
    expect(built.dataset.entities.find((e) => e.id === 'org:bibb')?.props).toEqual({ countryCode: 'DE' });
    expect(built.dataset.entities.find((e) => e.id === 'event:refernet-plenary-2018')?.props).toEqual({ kind: 'PLENARY', startDate: '2018-11-21', endDate: '2018-11-23' });
    expect(built.dataset.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(
      expect.arrayContaining(['event:refernet-plenary-2018 HELD_IN place:vienna', 'place:vienna LOCATED_IN country:AT', 'event:refernet-plenary-2018 ORGANISED_BY org:bibb']),
    );
    for (const record of [...built.dataset.entities, ...built.dataset.relations]) expect(record.sources).toEqual(['https://example.org/p2']);
  });

  it('never invents a name: an untitled event that matches nothing is left out, and a reversed range loses its end', () => {
    const built = buildCorpusFacts([
      page('https://example.org/p3', [{ title: null, startDate: '2015-01-01', city: 'Riga' }]),
      page('https://example.org/p4', [{ title: 'Riga meeting', startDate: '2015-06-22', endDate: '2015-06-20' }]),
    ], [bundled]);
    expect(built.dataset.entities.filter((e) => e.type === 'Event').map((e) => [e.name, e.props])).toEqual([['Riga meeting', { startDate: '2015-06-22', endDate: '2015-06-22' }]]);
  });

  it('does not pick between two known events that both match', () => {
    const twins: VetDataset = {
      entities: [
        { id: 'event:a', type: 'Event', name: 'Skills forum', props: { startDate: '2020-01-10' }, sources: ['https://example.org/a'] },
        { id: 'event:b', type: 'Event', name: 'Skills forum', props: { startDate: '2020-01-10' }, sources: ['https://example.org/b'] },
      ],
      relations: [],
    };
    const built = buildCorpusFacts([page('https://example.org/p5', [{ title: 'Skills forum', startDate: '2020-01-10' }])], [twins]);
    expect(built.eventsLinked).toBe(0);
    expect(built.dataset.entities.map((e) => e.id)).toEqual(['event:skills-forum-2020']);
  });

  it('splits an acronym or a country written in brackets from an organisation name, and keeps other brackets', () => {
    expect(splitBrackets('Centrul Naţional de Dezvoltare (CNDIPT)')).toEqual({ name: 'Centrul Naţional de Dezvoltare', acronym: 'CNDIPT' });
    expect(splitBrackets('BIBB (Germany)')).toEqual({ name: 'BIBB', countryCode: 'DE' });
    expect(splitBrackets('CIOFS-FP (Centro italiano opere femminili salesiane)')).toEqual({ name: 'CIOFS-FP (Centro italiano opere femminili salesiane)' });
  });
});

describe('the committed reviews and the bundled corpus facts', () => {
  const root = path.resolve(__dirname, '../..');
  const built = JSON.parse(fs.readFileSync(path.join(root, 'data/corpus-reviewed.json'), 'utf8')) as VetDataset;

  it('cite an http(s) page for every entity and relationship', () => {
    for (const record of [...built.entities, ...built.relations]) {
      expect(record.sources.length).toBeGreaterThan(0);
      for (const source of record.sources) expect(source).toMatch(/^https?:\/\/\S+$/);
    }
  });

  it('cite, for each event an editor recorded with a title, the page it was read from', () => {
    const sources = new Set(built.entities.filter((e) => e.type === 'Event').flatMap((e) => e.sources));
    const reviewed = readPageFacts(path.join(root, 'data/review'), undefined).filter((p) => p.events.some((e) => e.title && (e.startDate || e.year)));
    expect(reviewed.length).toBeGreaterThan(50);
    for (const p of reviewed) expect(sources).toContain(p.url);
  });
});

describe('the editors’ reviews hold facts, not page text', () => {
  it('cover every bulk page three times (events; people and gaps; stated relationships) and keep every value (a name, a title, a date) under 200 bytes of UTF-8, so no passage of a page is carried', () => {
    const root = path.resolve(__dirname, '../..');
    const values = (x: unknown): string[] =>
      typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(values) : x && typeof x === 'object' ? Object.entries(x).filter(([k]) => k !== 'url').flatMap(([, v]) => values(v)) : [];
    const read = (pattern: RegExp) => fs.readdirSync(path.join(root, 'data/review')).filter((f) => pattern.test(f))
      .flatMap((f) => fs.readFileSync(path.join(root, 'data/review', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
    const firstPass = read(/^bulk-.*\.jsonl$/);
    const secondPass = read(/^people-.*\.jsonl$/);
    const thirdPass = read(/^relations-.*\.jsonl$/);
    expect(firstPass).toHaveLength(712);
    expect(secondPass).toHaveLength(712);
    expect(thirdPass).toHaveLength(712);
    const pages = [...firstPass, ...secondPass, ...thirdPass];
    const longest = Math.max(...pages.flatMap(values).map((v) => Buffer.byteLength(v)));
    expect(longest).toBeLessThan(200);
  });
});
