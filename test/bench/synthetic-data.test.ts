import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isCountryCode } from '../../src/graphql/validators';
import { generateDataset, GeneratedDataset } from '../../bench/data/synthetic-data';

/*
 * The benchmark's data generator (bench/data): deterministic for a seed and shaped like the real data. No timing
 * here: speed is measured by `npm run bench`, which also fails when the importer skips a generated record.
 */

interface Record_ {
  id: string;
  type: string;
  name: string;
  props: Record<string, unknown>;
  from: string;
  to: string;
}

function readAll(dataset: GeneratedDataset): { entities: Record_[]; relations: Record_[] } {
  const out = { entities: [] as Record_[], relations: [] as Record_[] };
  for (const file of dataset.files) {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    out.entities.push(...parsed.entities);
    out.relations.push(...parsed.relations);
  }
  return out;
}

describe('synthetic benchmark data', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgraph-synthetic-'));
  const first = generateDataset('S', 7, path.join(root, 'a'));
  const data = readAll(first);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is the same for the same seed and different for another', () => {
    const again = generateDataset('S', 7, path.join(root, 'b'));
    const other = generateDataset('S', 8, path.join(root, 'c'));
    const bytes = (d: GeneratedDataset) => d.files.map((f) => fs.readFileSync(f, 'utf8')).join('');
    expect(bytes(again)).toBe(bytes(first));
    expect(bytes(other)).not.toBe(bytes(first));
  });

  it('has about 10 000 nodes at S, 36 real countries and events from 2002 to 2025', () => {
    expect(data.entities.length).toBeGreaterThan(9_000);
    expect(data.entities.length).toBeLessThan(11_000);
    const countries = data.entities.filter((e) => e.type === 'Country');
    expect(countries).toHaveLength(36);
    expect(countries.every((c) => isCountryCode(c.props.code) && c.id === `country:${c.props.code}`)).toBe(true);
    const years = new Set(
      data.entities.filter((e) => e.type === 'Event').map((e) => Number(String(e.props.startDate).slice(0, 4))),
    );
    expect(Math.min(...years)).toBe(2002);
    expect(Math.max(...years)).toBe(2025);
  });

  it('gives every event 1 to 5 hosts and a power-law spread of hosting', () => {
    const hostsPerEvent = new Map<string, number>();
    const eventsPerHost = new Map<string, number>();
    for (const r of data.relations.filter((x) => x.type === 'HOSTED_BY')) {
      hostsPerEvent.set(r.from, (hostsPerEvent.get(r.from) ?? 0) + 1);
      eventsPerHost.set(r.to, (eventsPerHost.get(r.to) ?? 0) + 1);
    }
    const events = data.entities.filter((e) => e.type === 'Event');
    expect(events.every((e) => (hostsPerEvent.get(e.id) ?? 0) >= 1 && (hostsPerEvent.get(e.id) ?? 0) <= 5)).toBe(true);
    const counts = [...eventsPerHost.values()].sort((a, b) => b - a);
    const top1Percent = counts.slice(0, Math.ceil(counts.length / 100)).reduce((a, b) => a + b, 0);
    const all = counts.reduce((a, b) => a + b, 0);
    // A uniform spread would give the top 1 % of hosts about 1 % of the hostings; a Zipf spread gives far more.
    expect(top1Percent / all).toBeGreaterThan(0.15);
    expect(eventsPerHost.get('org:syn-cedefop')).toBe(counts[0]);
  });

  it('gives standards at the three levels in many countries, and only relations between generated ids', () => {
    const standards = data.entities.filter((e) => e.type === 'CompetenceStandard');
    expect(new Set(standards.map((s) => s.props.level))).toEqual(new Set(['NATIONAL', 'SECTORAL', 'COMPANY']));
    const appliesIn = new Set(data.relations.filter((r) => r.type === 'APPLIES_IN').map((r) => r.to));
    expect(appliesIn.size).toBeGreaterThanOrEqual(27);
    const ids = new Set(data.entities.map((e) => e.id));
    expect(data.relations.filter((r) => !ids.has(r.from) || !ids.has(r.to))).toEqual([]);
  });
});
