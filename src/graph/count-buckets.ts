import neo4j from 'neo4j-driver';
import { fillCypher, namedCypher } from '../db/cypher-files';
import { Executor, TransactionRunner } from '../db/executor';
import { EntityType } from '../domain/entity-types';
import { RelationshipType } from '../domain/relationship-types';

/*
 * The counts behind the dashboard's whole-graph aggregates, kept up to date by the transactions that write
 * (cypher/counts.cypher; issue 15, item 6: "answer from counts kept up to date by the same transactions that write
 * (and by the importer), checked against a full recount in tests"). Every writer calls these inside its own
 * transaction, after its change: the counts commit with it or not at all.
 */

/** A Cypher predicate on `n`: true unless n is one of the kept counts' own nodes (a bucket or the version record). */
export const NOT_COUNT_NODE = 'NOT n:CountBucket AND NOT n:CountState';

/**
 * The version of the bucket definition: a database holding counts of another version is rebuilt at start-up
 * ({@link ensureCounts}); raise it whenever cypher/counts.cypher's `bucketOfItem` changes.
 */
export const COUNTS_VERSION = 2;

/** The entity types counted (cypher/counts.cypher). */
const COUNTED_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'Event',
  'Publication',
  'CompetenceStandard',
  'PolicyDocument',
]);

/** True for the entity types the kept counts count (the others need no refresh when written). */
export function isCounted(type: EntityType): boolean {
  return COUNTED_TYPES.has(type);
}

/** Relationship types an item's countries are read through: a change to one refreshes its start node. */
const COUNTED_THROUGH: ReadonlySet<RelationshipType> = new Set<RelationshipType>(['HELD_IN', 'ANALYSES', 'APPLIES_IN']);

/** How many items one refresh transaction of a bulk refresh takes. */
const REFRESH_BATCH = 5_000;

/**
 * Moves each item among `ids` to the cells it belongs in now (an id of another entity type, or of nothing, is
 * skipped). Call after the change, in its transaction.
 * @returns how many items changed cells
 */
export async function refreshCounts(tx: TransactionRunner, ids: readonly string[]): Promise<number> {
  if (!ids.length) return 0;
  const [row] = await tx.run(refreshStatement(), { ids: [...new Set(ids)] });
  return Number(row?.moved ?? 0);
}

/**
 * Takes an item out of its cells; call just before it is deleted, in the deleting transaction. Nothing happens
 * for an entity that is not counted.
 */
export async function forgetCounted(tx: TransactionRunner, id: string): Promise<void> {
  await tx.run(namedCypher('counts.forgetItem'), { id });
}

/**
 * The ids of the items whose countries are read through the entities `ids` (their events, publications and
 * standards through places and countries), with `ids` themselves: read them before a place or country changes or
 * goes, and refresh them after.
 */
export async function itemsCountedThrough(tx: TransactionRunner, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const [row] = await tx.run(namedCypher('counts.itemsCountedThrough'), { ids: [...new Set(ids)] });
  return ((row?.ids as unknown[] | undefined) ?? []).map(String);
}

/**
 * The ids to refresh after relationships `from -[type]-> …` were written or removed: their start nodes when an
 * item's countries are read through that type, the items counted through the start nodes for LOCATED_IN, none
 * otherwise.
 */
export async function itemsAffectedByLinks(
  tx: TransactionRunner,
  type: RelationshipType,
  froms: readonly string[],
): Promise<string[]> {
  if (COUNTED_THROUGH.has(type)) return [...froms];
  if (type === 'LOCATED_IN') return itemsCountedThrough(tx, froms);
  return [];
}

/**
 * What a bulk load leaves to refresh after its batches (the importer's batches do not refresh the counts in their
 * own transactions: a batch of relationships would refresh the same events again and again). Collect what each batch
 * wrote, then {@link flush} once.
 */
export class PendingCountRefresh {
  private readonly items = new Set<string>();
  private readonly places = new Set<string>();

  /** Entities of `type` with these ids were created or updated. */
  entitiesWritten(type: EntityType, ids: readonly string[]): void {
    if (COUNTED_TYPES.has(type)) for (const id of ids) this.items.add(id);
  }

  /** Relationships of `type` starting at these ids were written. */
  relationsWritten(type: RelationshipType, froms: readonly string[]): void {
    if (COUNTED_THROUGH.has(type)) for (const id of froms) this.items.add(id);
    else if (type === 'LOCATED_IN') for (const id of froms) this.places.add(id);
  }

  /**
   * Refreshes everything collected, {@link REFRESH_BATCH} items per transaction (safe beside other writes: each item
   * is refreshed under its lock), and forgets it.
   * @returns how many items changed cells
   */
  async flush(executor: Executor): Promise<number> {
    for (const places of chunks([...this.places], REFRESH_BATCH)) {
      for (const id of await executor.writeTransaction((tx) => itemsCountedThrough(tx, places))) this.items.add(id);
    }
    let moved = 0;
    for (const ids of chunks([...this.items], REFRESH_BATCH)) {
      moved += await executor.writeTransaction((tx) => refreshCounts(tx, ids));
    }
    this.items.clear();
    this.places.clear();
    return moved;
  }
}

/**
 * Makes the counts whole at start-up, before the API answers. A database holding counts of another version is
 * rebuilt ({@link rebuildCounts}); otherwise the items in no cell yet (a database written before counts were kept,
 * or items written with plain Cypher) are counted, and the version is recorded. Writes that bypass our writers and
 * change an item already counted are not seen until a rebuild.
 * @returns how many items were counted or moved
 * @throws Error when a batch of uncounted items could not be counted (it would otherwise be read again and again)
 */
export async function ensureCounts(executor: Executor): Promise<number> {
  const [state] = await executor.read(namedCypher('counts.countState'), {});
  if (state?.version != null && Number(state.version) !== COUNTS_VERSION) return rebuildCounts(executor);
  const counted = await countUncounted(executor);
  if (state?.version == null) await setVersion(executor);
  return counted;
}

/**
 * Drops every cell and every item's cell keys, then counts every item again (each is uncounted now) and records
 * {@link COUNTS_VERSION}. Not safe beside other writes (a write between the drop and its item's refresh is lost):
 * run before the API answers.
 * @returns how many items were counted
 */
export async function rebuildCounts(executor: Executor): Promise<number> {
  for (const step of ['counts.dropBuckets', 'counts.dropCountKeys']) {
    for (;;) {
      const [row] = await executor.write(namedCypher(step), { first: neo4j.int(REFRESH_BATCH) });
      if (Number(row?.dropped ?? 0) === 0) break;
    }
  }
  const counted = await countUncounted(executor);
  await setVersion(executor);
  return counted;
}

/**
 * Counts the items no cell holds, {@link REFRESH_BATCH} per transaction.
 * @throws Error when a batch could not be counted (it would otherwise be read again and again)
 */
async function countUncounted(executor: Executor): Promise<number> {
  let counted = 0;
  for (;;) {
    const rows = await executor.read(namedCypher('counts.uncountedItemIds'), { first: neo4j.int(REFRESH_BATCH) });
    if (!rows.length) return counted;
    const ids = rows.map((row) => String(row.id));
    const moved = await executor.writeTransaction((tx) => refreshCounts(tx, ids));
    // Every item read is moved into its cells, so the next batch holds others; none moved would repeat forever.
    if (moved === 0) throw new Error(`kept counts: ${ids.length} uncounted items could not be counted`);
    counted += moved;
  }
}

async function setVersion(executor: Executor): Promise<void> {
  await executor.write(namedCypher('counts.setCountState'), { version: neo4j.int(COUNTS_VERSION) });
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Cells whose kept count differs from a recount of the items (none when the counts are right). */
export async function countsDrift(
  executor: Executor,
): Promise<Array<{ key: string; kept: number; recounted: number }>> {
  const rows = await executor.read(fillCypher(namedCypher('counts.bucketsDrift'), bucketFragment()), {});
  return rows.map((row) => ({ key: String(row.key), kept: Number(row.kept), recounted: Number(row.recounted) }));
}

function bucketFragment(): Record<string, string> {
  return { BUCKET_OF_ITEM: namedCypher('counts.bucketOfItem') };
}

function refreshStatement(): string {
  return fillCypher(namedCypher('counts.refreshItems'), bucketFragment(), 'counts.refreshItems');
}
