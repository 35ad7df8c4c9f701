import { EntityType } from '../../src/domain/entity-types';
import { searchKeyOf } from '../../src/domain/text-folding';
import { NOT_COUNT_NODE } from '../../src/graph/count-buckets';
import { DATE_TIME_PROPERTIES } from '../../src/pipelines/import/import.normalise';
import { TestGraph } from './test-graph';

/*
 * The test's own account of what an accepted mutation must have done to the graph, written from the README's rules
 * (not from the write code): compare a snapshot before and after, and everything not named by the mutation must be
 * exactly as it was.
 */

type Props = Record<string, unknown>;

/** Every node by id (labels sorted, all properties) and every relationship by `from type to`, as plain values. */
export interface StoredGraph {
  nodes: Map<string, { labels: string[]; props: Props }>;
  relationships: Map<string, Props>;
}

/** What an accepted mutation asked for; values as the server received them (after JSON). */
export type WriteEffect =
  | { kind: 'create'; type: EntityType; id: string; name: string; props: Props; sources?: string[] | null }
  | { kind: 'update'; type: EntityType; id: string; name?: string; props: Props; sources?: string[] | null }
  | { kind: 'delete'; id: string; force: boolean; removedRelationships: number }
  | { kind: 'link'; from: string; type: string; to: string; props: Props; sources?: string[] | null; created: boolean }
  | { kind: 'unlink'; from: string; type: string; to: string };

/** Key of a relationship in {@link StoredGraph.relationships}. */
export function relationshipKey(from: string, type: string, to: string): string {
  return `${from} -${type}-> ${to}`;
}

/**
 * Reads the whole graph (small in these tests), without the dashboard's kept counts (their buckets and each item's
 * `countKeys`, src/graph/count-buckets.ts): what a write does to those is checked against a recount in
 * test/analyst/kept-counts.int.test.ts.
 * @throws Error when two relationships of one type join the same two nodes in the same direction (writes MERGE them)
 */
export async function storedGraph(graph: TestGraph): Promise<StoredGraph> {
  const nodes = await graph.executor.read(
    `MATCH (n) WHERE ${NOT_COUNT_NODE} RETURN n.id AS id, labels(n) AS labels, n {.*, countKeys: null} AS props`,
  );
  const relationships = await graph.executor.read(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const stored: StoredGraph = { nodes: new Map(), relationships: new Map() };
  for (const row of nodes)
    stored.nodes.set(String(row.id), {
      labels: [...(row.labels as string[])].sort(),
      props: withoutNulls(row.props as Props),
    });
  for (const row of relationships) {
    const key = relationshipKey(String(row.from), String(row.type), String(row.to));
    if (stored.relationships.has(key)) throw new Error(`two relationships ${key}`);
    stored.relationships.set(key, row.props as Props);
  }
  return stored;
}

/**
 * Checks that `after` is `before` changed by exactly `effect`, recorded as `actor`: the written node or relationship
 * holds what was sent in stored form (codes upper-case, an event's or policy document's year derived from its date,
 * `searchKey` refolded, bookkeeping set, text in Unicode NFC), and nothing else in the graph changed.
 * @throws the jest assertion error describing the first difference
 */
export function expectWriteEffect(
  before: StoredGraph,
  after: StoredGraph,
  sentEffect: WriteEffect,
  actor: string,
): void {
  // Every string is stored in Unicode NFC, whatever form was sent (README, "Concurrent writes"; field case F19).
  const effect = inNfc(sentEffect);
  switch (effect.kind) {
    case 'create':
    case 'update':
      return expectEntityWritten(before, after, effect, actor);
    case 'delete': {
      const touching = [...before.relationships.keys()].filter(
        (key) => key.startsWith(`${effect.id} -`) || key.endsWith(`-> ${effect.id}`),
      );
      expect(before.nodes.has(effect.id)).toBe(true);
      expect(effect.removedRelationships).toBe(touching.length);
      if (!effect.force) expect(touching).toEqual([]);
      expect(after.nodes).toEqual(without(before.nodes, [effect.id]));
      expect(after.relationships).toEqual(without(before.relationships, touching));
      return;
    }
    case 'link': {
      const key = relationshipKey(effect.from, effect.type, effect.to);
      const old = before.relationships.get(key);
      expect(effect.created).toBe(old === undefined);
      const now = after.relationships.get(key);
      expect(now).toBeDefined();
      const expected: Props = { ...(old ?? { sources: [] }) };
      applyChanges(expected, effect.props);
      if (effect.sources !== undefined) expected.sources = effect.sources ?? [];
      expected.updatedBy = actor;
      expect(typeof now!.createdAt).toBe('string');
      if (old) expect(now!.createdAt).toBe(old.createdAt);
      expect(omit(now!, ['createdAt', 'updatedAt'])).toEqual(omit(expected, ['createdAt', 'updatedAt']));
      expect(after.nodes).toEqual(before.nodes);
      expect(without(after.relationships, [key])).toEqual(without(before.relationships, [key]));
      return;
    }
    case 'unlink': {
      const key = relationshipKey(effect.from, effect.type, effect.to);
      expect(before.relationships.has(key)).toBe(true);
      expect(after.nodes).toEqual(before.nodes);
      expect(after.relationships).toEqual(without(before.relationships, [key]));
      return;
    }
  }
}

function expectEntityWritten(
  before: StoredGraph,
  after: StoredGraph,
  effect: Extract<WriteEffect, { kind: 'create' | 'update' }>,
  actor: string,
): void {
  const old = before.nodes.get(effect.id);
  const now = after.nodes.get(effect.id);
  expect(now).toBeDefined();
  expect(now!.labels).toEqual(['Entity', effect.type].sort());
  let expected: Props;
  // A create leaves out what was sent as null; an update removes it.
  const sent = effect.kind === 'create' ? withoutNulls(effect.props) : effect.props;
  if (effect.kind === 'create') {
    expect(old).toBeUndefined();
    expected = { id: effect.id, name: effect.name, sources: effect.sources ?? [] };
    expect(now!.props.createdAt).toBe(now!.props.updatedAt);
  } else {
    expect(old?.labels).toEqual(now!.labels);
    expect(now!.props.createdAt).toBe(old!.props.createdAt);
    expected = omit(old!.props, ['updatedAt', 'updatedBy', 'searchKey']);
    if (effect.name !== undefined) expected.name = effect.name;
    if (effect.sources !== undefined) expected.sources = effect.sources ?? [];
  }
  applyChanges(expected, sent);
  // The derived year follows a new date unless a year was sent too (README, "Writing").
  const dateKey = effect.type === 'Event' ? 'startDate' : effect.type === 'PolicyDocument' ? 'date' : undefined;
  if (dateKey && sent.year === undefined && typeof sent[dateKey] === 'string')
    expected.year = Number((sent[dateKey] as string).slice(0, 4));
  expected.searchKey = searchKeyOf(String(expected.name), withoutNulls(expected));
  expected.updatedBy = actor;
  expect(typeof now!.props.createdAt).toBe('string');
  expect(typeof now!.props.updatedAt).toBe('string');
  expect(omit(now!.props, ['createdAt', 'updatedAt'])).toEqual(omit(expected, ['createdAt', 'updatedAt']));
  expect(without(after.nodes, [effect.id])).toEqual(without(before.nodes, [effect.id]));
  expect(after.relationships).toEqual(before.relationships);
}

/** Sets each sent property in stored form (country codes upper-case, instants as Neo4j writes them); a null removes it. */
function applyChanges(target: Props, changes: Props): void {
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete target[key];
    else if ((key === 'code' || key === 'countryCode') && typeof value === 'string') target[key] = value.toUpperCase();
    else if (DATE_TIME_PROPERTIES.has(key) && typeof value === 'string') target[key] = storedInstant(value);
    else target[key] = value;
  }
}

/**
 * An ISO instant as it reads back from a Neo4j DateTime (src/db/driver-values.ts): seconds always, trailing zeros of
 * the fraction dropped, `Z` and `-00:00` as `+00:00`. Text that is not such an instant is stored as text.
 */
function storedInstant(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!match) return text;
  const [, minutes, seconds = '00', fraction = '', offset] = match;
  const digits = fraction.replace(/0+$/, '');
  return `${minutes}:${seconds}${digits ? `.${digits}` : ''}${offset === 'Z' || offset === '-00:00' ? '+00:00' : offset}`;
}

function inNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(inNfc) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), inNfc(v)])) as T;
  return value;
}

function withoutNulls(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
}

function omit(props: Props, keys: string[]): Props {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !keys.includes(key)));
}

function without<V>(map: Map<string, V>, keys: string[]): Map<string, V> {
  const copy = new Map(map);
  for (const key of keys) copy.delete(key);
  return copy;
}
