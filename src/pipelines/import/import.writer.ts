import { ENTITY_LABEL, EntityType } from '../../domain/entity-types';
import { RelationshipType } from '../../domain/relationship-types';
import { searchKeyOf } from '../../domain/text-folding';
import { fillCypher, namedCypher } from '../../db/cypher-files';
import { Executor, TransactionRunner } from '../../db/executor';
import { isCounted, itemsAffectedByLinks, PendingCountRefresh, refreshCounts } from '../../graph/count-buckets';
import { label, relType } from '../../graph/cypher-identifiers';

/** An entity ready to write: props already in stored form (see toStoredProps). */
export interface EntityRow {
  id: string;
  name: string;
  props: Record<string, unknown>;
  sources: string[];
}

/** A relationship ready to write; both ends exist. */
export interface RelationRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
  sources: string[];
}

export type Outcomes = Partial<Record<'created' | 'updated' | 'unchanged', number>>;

/**
 * Writes import batches with the statements of cypher/import.cypher, one transaction per batch. The batches leave
 * the dashboard's kept counts to the importer, which refreshes what they wrote once after the load (ImportService).
 */
export class ImportWriter {
  constructor(
    private readonly executor: Executor,
    private readonly actor: string,
  ) {}

  /** MERGEs one batch of entities of one type, then refreshes their folded `searchKey`, in one transaction. */
  async writeEntities(type: EntityType, rows: EntityRow[]): Promise<Outcomes> {
    return this.executor.writeTransaction((tx) => mergeEntitiesIn(tx, type, rows, this.actor, { counts: false }));
  }

  /** MERGEs one batch of relationships of one type in one transaction. */
  async writeRelations(type: RelationshipType, rows: RelationRow[]): Promise<Outcomes> {
    return this.executor.writeTransaction((tx) => mergeRelationsIn(tx, type, rows, this.actor, { counts: false }));
  }

  /** Refreshes the kept counts (graph/count-buckets.ts) of what the load's batches wrote, after the load. */
  async refreshCounts(pending: PendingCountRefresh): Promise<number> {
    return pending.flush(this.executor);
  }

  /** The entity types (labels) of the ids that exist in the graph. */
  async existingTypes(ids: string[]): Promise<Map<string, string[]>> {
    const rows = await this.executor.read(namedCypher('import.existingEndpoints'), { ids });
    return new Map(rows.map((row) => [String(row.id), (row.labels as string[]).filter((l) => l !== ENTITY_LABEL)]));
  }
}

/**
 * MERGEs entities of one type inside an open transaction (cypher import.mergeEntities: created / updated / unchanged,
 * with createdAt, updatedAt, updatedBy = `actor`). A created node gets its `searchKey` from its own names in the same
 * statement; only updated nodes, whose stored names may hold more than the row (an acronym another record gave), are
 * refreshed after. Shared by the importer and the document ingester, so both write nodes the same way. With
 * `counts` (the default) the written entities are moved to their buckets of the kept counts (graph/count-buckets.ts)
 * in the same transaction; the importer passes false and refreshes what it wrote after the load.
 */
export async function mergeEntitiesIn(
  tx: TransactionRunner,
  type: EntityType,
  rows: EntityRow[],
  actor: string,
  options: { counts: boolean } = { counts: true },
): Promise<Outcomes> {
  const statement = fillCypher(namedCypher('import.mergeEntities'), { LABEL: label(type) }, 'import.mergeEntities');
  const keyed = rows.map((row) => ({ ...row, searchKey: searchKeyOf(row.name, row.props) }));
  const result = await tx.run(statement, { rows: keyed, actor });
  const updatedIds = result.flatMap((row) => (row.updatedIds as string[] | undefined) ?? []);
  if (updatedIds.length) await refreshSearchKeys(tx, updatedIds);
  if (options.counts && isCounted(type))
    await refreshCounts(
      tx,
      rows.map((row) => row.id),
    );
  return toOutcomes(result);
}

/**
 * MERGEs relationships of one type inside an open transaction (cypher import.mergeRelations); both ends exist. With
 * `counts` (the default) the items whose countries the relationships change are refreshed in the kept counts.
 */
export async function mergeRelationsIn(
  tx: TransactionRunner,
  type: RelationshipType,
  rows: RelationRow[],
  actor: string,
  options: { counts: boolean } = { counts: true },
): Promise<Outcomes> {
  const statement = fillCypher(namedCypher('import.mergeRelations'), { TYPE: relType(type) }, 'import.mergeRelations');
  const outcomes = toOutcomes(await tx.run(statement, { rows, actor }));
  if (options.counts) {
    await refreshCounts(tx, await itemsAffectedByLinks(tx, type, [...new Set(rows.map((row) => row.from))]));
  }
  return outcomes;
}

/**
 * Recomputes `searchKey` from the stored names (a record may add an acronym to an entity another file created), and
 * writes only keys that changed, so a repeated import stays a no-op.
 */
export async function refreshSearchKeys(tx: TransactionRunner, ids: string[]): Promise<void> {
  const rows = await tx.run(namedCypher('import.namesForSearchKeys'), { ids });
  const changed = rows
    .map((row) => ({ id: String(row.id), searchKey: searchKeyOf(String(row.name), row), old: row.searchKey }))
    .filter((row) => row.searchKey !== row.old)
    .map(({ id, searchKey }) => ({ id, searchKey }));
  if (changed.length) await tx.run(namedCypher('import.setSearchKeys'), { rows: changed });
}

function toOutcomes(rows: Array<Record<string, unknown>>): Outcomes {
  const outcomes: Outcomes = {};
  for (const row of rows) outcomes[row.outcome as keyof Outcomes] = Number(row.count);
  return outcomes;
}
