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

describe('one record per organisation: generic names kept apart, names an editor joined made one', () => {
  it('keeps generic organisation names apart across countries and pages: one ministry per stated country, else per page', () => {
    const pages = [
      page('https://example.org/ro', [{ title: 'Romanian forum', startDate: '2019-03-01', organisers: ['Ministry of National Education'] }], { organisations: [{ name: 'Ministry of National Education', country: 'RO' }] }),
      page('https://example.org/ro2', [{ title: 'Romanian seminar', startDate: '2019-05-01', organisers: ['Ministry of National Education (Romania)'] }]),
      { ...page('https://example.org/pl', []), people: [{ name: 'Jan Kowalski', role: 'director', organisation: 'Ministry of National Education' }] },
      { ...page('https://example.org/lu', []), people: [{ name: 'Anne Muller', role: 'adviser', organisation: 'Ministry of National Education' }] },
    ];
    const built = buildCorpusFacts(pages, [bundled]);
    const employer = (person: string) => built.dataset.relations.find((r) => r.from === person && r.type === 'WORKS_FOR')?.to;
    const organiser = (event: string) => built.dataset.relations.find((r) => r.from === event && r.type === 'ORGANISED_BY')?.to;
    const ministries = built.dataset.entities.filter((e) => e.name.startsWith('Ministry of National Education'));
    expect(ministries.map((e) => e.sources)).toEqual([['https://example.org/ro', 'https://example.org/ro2'], ['https://example.org/pl'], ['https://example.org/lu']]);
    expect(organiser('event:romanian-seminar-2019')).toBe(organiser('event:romanian-forum-2019'));
    expect(new Set([employer('person:jan-kowalski'), employer('person:anne-muller'), organiser('event:romanian-forum-2019')]).size).toBe(3);
    expect(built.dataset.relations.filter((r) => r.type === 'LOCATED_IN' && r.to === 'country:RO').map((r) => r.from)).toEqual([organiser('event:romanian-forum-2019')]);
  });

  it('makes the names of a reviewed same-as group one entity: the bundled one, which lists them as alternative names', () => {
    const built = buildCorpusFacts(
      [
        page('https://example.org/nl', [{ title: 'Dutch seminar', startDate: '2016-02-01', hosts: ['Europees Centrum voor de Ontwikkeling van de Beroepsopleiding (Cedefop)'] }]),
        page('https://example.org/un1', [{ title: 'Bonn forum', startDate: '2017-02-01', hosts: ['UNESCO-UNEVOC'] }]),
        page('https://example.org/un2', [{ title: 'Bonn meeting', startDate: '2018-02-01', organisers: ['UNESCO-UNEVOC International Centre'] }]),
      ],
      [bundled],
      [
        { type: 'Organisation', id: 'org:cedefop', names: ['Europees Centrum voor de Ontwikkeling van de Beroepsopleiding (Cedefop)'], why: 'Dutch' },
        { type: 'Organisation', names: ['UNESCO-UNEVOC International Centre', 'UNESCO-UNEVOC'], why: 'short name' },
      ],
    );
    expect(built.dataset.relations).toContainEqual({ from: 'event:dutch-seminar-2016', type: 'HOSTED_BY', to: 'org:cedefop', props: {}, sources: ['https://example.org/nl'] });
    expect(built.dataset.entities.find((e) => e.id === 'org:cedefop')?.props).toEqual({ altNames: ['Europees Centrum voor de Ontwikkeling van de Beroepsopleiding (Cedefop)'] });
    const unevoc = built.dataset.entities.filter((e) => e.name.startsWith('UNESCO'));
    expect(unevoc).toEqual([{ id: 'org:unesco-unevoc-international-centre', type: 'Organisation', name: 'UNESCO-UNEVOC International Centre', props: { altNames: ['UNESCO-UNEVOC'] }, sources: ['https://example.org/un1', 'https://example.org/un2'] }]);
  });

  it('joins an event title an editor joined to a known event only for a page of that event\'s year', () => {
    const built = buildCorpusFacts(
      [
        page('https://example.org/fr18', [{ title: 'Forum des politiques', startDate: '2019-06-03', endDate: '2019-06-04' }]),
        page('https://example.org/fr21', [{ title: 'Forum des politiques', startDate: '2021-05-10' }]),
      ],
      [bundled],
      [{ type: 'Event', id: 'event:forum-2019', names: ['Forum des politiques'], why: 'French title' }],
    );
    expect(built.dataset.entities.find((e) => e.id === 'event:forum-2019')).toMatchObject({ props: { altNames: ['Forum des politiques'] }, sources: ['https://example.org/fr18'] });
    expect(built.dataset.entities.filter((e) => e.type === 'Event').map((e) => [e.id, e.sources])).toEqual([
      ['event:forum-2019', ['https://example.org/fr18']],
      ['event:forum-des-politiques-2021', ['https://example.org/fr21']],
    ]);
  });
});
