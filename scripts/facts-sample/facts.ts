import fs from 'node:fs';
import path from 'node:path';
import { readCorpusFile } from '../../src/cli/ingest-corpus/corpus-file';
import { loadCorpus } from '../../src/cli/ingest-eval/corpus';

/** One record of a vet-facts file (see data/FORMAT.md): an entity or a relation, with its sources. */
interface FactsFile {
  entities: Array<{ id: string; type: string; name: string; props?: Record<string, unknown>; sources: string[] }>;
  relations: Array<{ from: string; type: string; to: string; props?: Record<string, unknown>; sources: string[] }>;
}

/** One checkable statement of the bundled data: what it says, the words a page must hold for it, and its sources. */
export interface Fact {
  statement: string;
  /** Strings that a page stating the fact holds (a name, its acronym, a year); the first one found marks the evidence. */
  cues: string[];
  sources: string[];
}

/** Props that restate the record or are our own bookkeeping, not facts a page states. */
const NOT_STATED = new Set(['code', 'name', 'summary', 'involvement', 'kind', 'level', 'framework']);

/**
 * Every fact of the vet-facts files in `dir` (all `*.json` but the generated gazetteer): an entity's name, each
 * stated prop of it, and each relation, in file order; a record in several files is one fact citing all their sources.
 * @throws Error when a file is not valid JSON.
 */
export function factsOf(dir: string): Fact[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.includes('generated'))
    .sort();
  const data = files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as FactsFile);
  type Entity = FactsFile['entities'][number];
  type Relation = FactsFile['relations'][number];
  // An entity or relation in several files is one fact citing every file's sources (data/FORMAT.md: same id, same thing).
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  for (const file of data) {
    for (const e of file.entities) {
      const seen = entities.get(e.id);
      entities.set(
        e.id,
        seen ? { ...seen, props: { ...seen.props, ...e.props }, sources: union(seen.sources, e.sources) } : e,
      );
    }
    for (const r of file.relations) {
      const key = `${r.from}|${r.type}|${r.to}`;
      const seen = relations.get(key);
      relations.set(key, seen ? { ...seen, sources: union(seen.sources, r.sources) } : r);
    }
  }
  const names = new Map<string, string[]>();
  for (const e of entities.values())
    names.set(e.id, [e.name, ...(typeof e.props?.acronym === 'string' ? [e.props.acronym] : [])]);
  const facts: Fact[] = [];
  for (const e of entities.values()) {
    facts.push({
      statement: `${e.type} ${e.id} is named "${e.name}"`,
      cues: names.get(e.id) ?? [e.name],
      sources: e.sources,
    });
    for (const [key, value] of Object.entries(e.props ?? {})) {
      if (NOT_STATED.has(key) || value === null || typeof value === 'object') continue;
      facts.push({
        statement: `${e.type} "${e.name}" has ${key} = ${String(value)}`,
        cues: cuesOfValue(String(value)),
        sources: e.sources,
      });
    }
  }
  for (const r of relations.values()) {
    const [from, to] = [names.get(r.from)?.[0] ?? r.from, names.get(r.to)?.[0] ?? r.to];
    const props = Object.entries(r.props ?? {})
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ');
    facts.push({
      statement: `"${from}" ${r.type} "${to}"${props ? ` (${props})` : ''}`,
      cues: names.get(r.to) ?? [to],
      sources: r.sources,
    });
  }
  return facts;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** What a page stating a prop value holds: the value itself, or for an ISO date its year. */
function cuesOfValue(value: string): string[] {
  const date = /^(\d{4})-\d{2}(?:-\d{2})?$/.exec(value);
  return date ? [value, date[1]] : [value];
}

/**
 * The stored text of the pages this project may read at evaluation time (never copied into the repository): the dev
 * corpus (`*.expected.json` gives each page's URL), the bulk corpus (JSON Lines of {url, text}) and the seed pages
 * (`seed:<file>`), keyed by URL. Missing folders or files are skipped.
 */
export function storedPages(shared: string): Map<string, string> {
  const pages = new Map<string, string>();
  const dev = path.join(shared, 'corpus', 'dev');
  if (fs.existsSync(dev)) for (const page of loadCorpus(dev)) pages.set(page.expected.url, page.text);
  const bulk = path.join(shared, 'corpus', 'bulk', 'pages.jsonl');
  if (fs.existsSync(bulk)) for (const page of readCorpusFile(bulk).pages) pages.set(page.url, page.text);
  const seeds = path.join(shared, 'seeds');
  if (fs.existsSync(seeds))
    for (const file of fs.readdirSync(seeds))
      pages.set(`seed:${file}`, fs.readFileSync(path.join(seeds, file), 'utf8'));
  return pages;
}

/**
 * The span of `page` around the first cue found in it (case and accents ignored), `width` characters each side,
 * white space collapsed; undefined when no cue is in the page.
 */
export function evidenceIn(page: string, cues: string[], width = 90): string | undefined {
  const { folded, origin } = foldWithOffsets(page);
  for (const cue of cues.filter((c) => c.trim())) {
    const needle = foldWithOffsets(cue).folded;
    const at = folded.indexOf(needle);
    if (at < 0) continue;
    const start = origin[at];
    const end = origin[Math.min(at + needle.length, origin.length - 1)];
    const before = page.slice(Math.max(0, start - width), start);
    const after = page.slice(end, end + width);
    return `…${before}[${page.slice(start, end)}]${after}…`.replace(/\s+/g, ' ');
  }
  return undefined;
}

/** Lower case without marks, with the offset in `text` of every folded character (so a match maps back to the page). */
function foldWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const piece = text[i]
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    for (let k = 0; k < piece.length; k += 1) origin.push(i);
    folded += piece;
  }
  origin.push(text.length);
  return { folded, origin };
}
