import neo4j from 'neo4j-driver';
import { fillCypher, namedCypher } from '../db/cypher-files';
import { Executor, TransactionRunner } from '../db/executor';
import { RelationshipType } from '../domain/relationship-types';

/*
 * The counts behind the dashboard's whole-graph aggregates, kept up to date by the transactions that write
 * (cypher/counts.cypher; issue 15, item 6: "answer from counts kept up to date by the same transactions that write
 * (and by the importer), checked against a full recount in tests"). Every writer calls these inside its own
 * transaction, after its change: the counts commit with it or not at all.
 */

/** The version of the bucket definition; a database holding another (or none) is rebuilt at start-up. */
export const COUNTS_VERSION = 1;

/** Relationship types an item's countries are read through: a change to one refreshes its start node. */
const COUNTED_THROUGH: ReadonlySet<RelationshipType> = new Set<RelationshipType>(['HELD_IN', 'ANALYSES', 'APPLIES_IN']);

/** How many items one refresh transaction of {@link refreshAllCounts} takes. */
const REFRESH_BATCH = 5_000;

/**
 * Moves each item among `ids` to the bucket it belongs in now (an id of another entity type, or of nothing, is
 * skipped). Call after the change, in its transaction.
 * @returns how many items changed bucket
 */
export async function refreshCounts(tx: TransactionRunner, ids: readonly string[]): Promise<number> {
  if (!ids.length) return 0;
  const [row] = await tx.run(refreshStatement(), { ids: [...new Set(ids)] });
  return Number(row?.moved ?? 0);
}

/**
 * Takes an item out of its bucket; call just before it is deleted, in the deleting transaction. Nothing happens
 * for an entity that is not counted.
 */
export async function forgetCounted(tx: TransactionRunner, id: string): Promise<void> {
  await tx.run(namedCypher('counts.forgetItem'), { id });
}

/**
 * The ids of the items whose countries are read through the entity `id` (its events, publications and standards
 * through places and countries), with `id` itself: read them before a place or country changes or goes, and
 * refresh them after.
 */
export async function itemsCountedThrough(tx: TransactionRunner, id: string): Promise<string[]> {
  const [row] = await tx.run(namedCypher('counts.itemsCountedThrough'), { id });
  return ((row?.ids as unknown[] | undefined) ?? []).map(String);
}

/**
 * The ids to refresh after a relationship `from -[type]-> to` was written or removed: the start node when the
 * item's countries are read through that type, the items counted through `from` for LOCATED_IN, none otherwise.
 */
export async function itemsAffectedByLink(
  tx: TransactionRunner,
  type: RelationshipType,
  from: string,
): Promise<string[]> {
  if (COUNTED_THROUGH.has(type)) return [from];
  if (type === 'LOCATED_IN') return itemsCountedThrough(tx, from);
  return [];
}

/**
 * Refreshes every counted item, in transactions of {@link REFRESH_BATCH} items in id order (safe beside other writes:
 * each item is refreshed under its lock), then records {@link COUNTS_VERSION}: every item is counted in its bucket
 * of this version now. The importer runs it after a load.
 * @returns how many items changed bucket
 */
export async function refreshAllCounts(executor: Executor): Promise<number> {
  let after: string | null = null;
  let moved = 0;
  for (;;) {
    const rows = await executor.read(namedCypher('counts.itemIdsAfter'), { after, first: neo4j.int(REFRESH_BATCH) });
    if (!rows.length) break;
    const ids = rows.map((row) => String(row.id));
    moved += await executor.writeTransaction((tx) => refreshCounts(tx, ids));
    after = ids[ids.length - 1];
  }
  await executor.write(namedCypher('counts.setCountState'), { version: neo4j.int(COUNTS_VERSION) });
  return moved;
}

/**
 * Builds the counts from nothing when the database holds none of version {@link COUNTS_VERSION} (a database
 * written before counts were kept, or by another version), then records the version. Run at start-up, before the
 * API answers; writes that bypass our writers (plain Cypher) are not counted until the next rebuild.
 * @returns whether a rebuild ran
 */
export async function ensureCounts(executor: Executor): Promise<boolean> {
  const [state] = await executor.read(namedCypher('counts.countState'), {});
  if (state?.version != null && Number(state.version) === COUNTS_VERSION) return false;
  await rebuildCounts(executor);
  return true;
}

/**
 * Drops every bucket and every item's bucket key, then counts every item again ({@link refreshAllCounts}). Not safe
 * beside other writes (a write between the drop and its item's refresh is lost): run before the API answers.
 */
export async function rebuildCounts(executor: Executor): Promise<void> {
  for (const step of ['counts.dropBuckets', 'counts.dropCountKeys']) {
    for (;;) {
      const [row] = await executor.write(namedCypher(step), { first: neo4j.int(REFRESH_BATCH) });
      if (Number(row?.dropped ?? 0) === 0) break;
    }
  }
  await refreshAllCounts(executor);
}

/** Buckets whose kept count differs from a recount of the items (none when the counts are right). */
export async function countsDrift(
  executor: Executor,
): Promise<Array<{ key: string; kept: number; recounted: number }>> {
  const rows = await executor.read(fillCypher(namedCypher('counts.bucketsDrift'), bucketFragment()), {});
  return rows.map((row) => ({ key: String(row.key), kept: Number(row.kept), recounted: Number(row.recounted) }));
}

function bucketFragment(): Record<string, string> {
  return { BUCKET_OF_ITEM: namedCypher('counts.bucketOfItem') };
}

let refreshText: string | null = null;
function refreshStatement(): string {
  refreshText ??= fillCypher(namedCypher('counts.refreshItems'), bucketFragment(), 'counts.refreshItems');
  return refreshText;
}
