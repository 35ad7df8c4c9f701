import neo4j from 'neo4j-driver';
import { ENTITY_LABEL, EntityType, isEntityType } from '../../domain/entity-types';
import { RelationshipType } from '../../domain/relationship-types';
import { fillCypher, namedCypher } from '../../db/cypher-files';
import { TransactionRunner } from '../../db/executor';
import { PlainNode, PlainRelationship } from '../../db/driver-values';
import {
  forgetCounted,
  isCounted,
  itemsAffectedByLinks,
  itemsCountedThrough,
  refreshCounts,
} from '../../graph/count-buckets';
import { label, relType } from '../../graph/cypher-identifiers';
import { EntityRecord, entityFromNode } from '../../graph/entity-record';

/** An entity to create, its props already in stored form (see toStoredProps) and without nulls. */
export interface NewEntity {
  id: string;
  name: string;
  searchKey: string;
  props: Record<string, unknown>;
  sources: string[];
}

/** Changes to an entity: props in stored form, a null removing that property; `sources` null keeps the list. */
export interface EntityChanges {
  name: string;
  searchKey: string;
  props: Record<string, unknown>;
  sources: string[] | null;
}

/** Something linked to an entity, as a delete without `force` reports it. */
export interface Dependent {
  relationship: string;
  /** OUTGOING when the entity is the start of the relationship. */
  direction: 'OUTGOING' | 'INCOMING';
  id: string;
  type: EntityType | null;
}

/** A relationship written by {@link WriteRepository.mergeRelationship}. */
export interface WrittenRelationship {
  from: EntityRecord;
  to: EntityRecord;
  relationship: PlainRelationship;
  created: boolean;
}

/**
 * The statements of cypher/write.cypher, run inside a transaction the caller opened (Executor.writeTransaction), so
 * that one mutation's reads, checks and writes commit together or not at all. `actor` is recorded as `updatedBy`.
 * Each write also keeps the dashboard's counts (graph/count-buckets.ts) in the same transaction.
 */
export class WriteRepository {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly actor: string,
  ) {}

  /** The entity with this id, of any type, or null. */
  async entityById(id: string): Promise<EntityRecord | null> {
    const [row] = await this.tx.run(namedCypher('write.entityById'), { id });
    return row ? entityFromNode(row.n as PlainNode) : null;
  }

  /** Creates the entity with createdAt = updatedAt = now. A race on the id surfaces as ConflictError (executor). */
  async create(type: EntityType, entity: NewEntity): Promise<EntityRecord> {
    const [row] = await this.tx.run(withLabel('write.createEntity', type), { ...entity, actor: this.actor });
    if (isCounted(type)) await refreshCounts(this.tx, [entity.id]);
    return entityFromNode(row.n as PlainNode);
  }

  /** Applies changes to the entity of this type and id; null when there is none. */
  async update(type: EntityType, id: string, changes: EntityChanges): Promise<EntityRecord | null> {
    const [row] = await this.tx.run(withLabel('write.updateEntity', type), { id, ...changes, actor: this.actor });
    if (!row) return null;
    if (isCounted(type)) await refreshCounts(this.tx, [id]);
    return entityFromNode(row.n as PlainNode);
  }

  /** What is linked to the entity (at most `limit`) and how many; null when the entity does not exist. */
  async dependents(
    type: EntityType,
    id: string,
    limit: number,
  ): Promise<{ total: number; dependents: Dependent[] } | null> {
    const [row] = await this.tx.run(withLabel('write.dependents', type), { id, limit: neo4j.int(limit) });
    if (!row) return null;
    const dependents = (row.dependents as Array<Omit<Dependent, 'type'> & { labels: string[] }>).map(
      ({ labels, ...rest }) => ({
        ...rest,
        type: labels.find(isEntityType) ?? null,
      }),
    );
    return { total: Number(row.total), dependents };
  }

  /**
   * DETACH DELETEs the entity; returns how many relationships went with it, or null when it did not exist. A counted
   * item leaves its bucket first; the items counted through a deleted place or country are refreshed after.
   */
  async delete(type: EntityType, id: string): Promise<number | null> {
    const through = type === 'Place' || type === 'Country' ? await itemsCountedThrough(this.tx, [id]) : [];
    if (isCounted(type)) await forgetCounted(this.tx, id);
    const [row] = await this.tx.run(withLabel('write.deleteEntity', type), { id });
    await refreshCounts(
      this.tx,
      through.filter((other) => other !== id),
    );
    return row ? Number(row.relationships) : null;
  }

  /** The entity type of `from` and of `to`, keyed by id; an id that does not exist is missing from the map. */
  async entityTypes(from: string, to: string): Promise<Map<string, EntityType | undefined>> {
    const rows = await this.tx.run(namedCypher('write.endpoints'), { from, to });
    return new Map(
      rows.map((row) => [
        String(row.id),
        (row.labels as string[]).filter((l) => l !== ENTITY_LABEL).find(isEntityType),
      ]),
    );
  }

  /**
   * Takes the write lock of the entities with these ids until the transaction ends (ids that do not exist are
   * skipped); returns the ids locked.
   */
  async lockEntities(ids: string[]): Promise<string[]> {
    const [row] = await this.tx.run(namedCypher('write.lockEntities'), { ids });
    return (row?.locked as string[] | undefined) ?? [];
  }

  /** The ids of the entities joined to `from` or `to` through `type` relationships, either way (both included). */
  async linkedComponent(type: RelationshipType, from: string, to: string): Promise<string[]> {
    const [row] = await this.tx.run(withType('write.linkedComponent', type), { from, to });
    return (row?.ids as string[] | undefined) ?? [];
  }

  /** MERGEs `from -[type]-> to` and sets its props (stored form; null removes); both ends must exist. */
  async mergeRelationship(
    type: RelationshipType,
    from: string,
    to: string,
    props: Record<string, unknown>,
    sources: string[] | null,
  ): Promise<WrittenRelationship> {
    const [row] = await this.tx.run(withType('write.mergeRelationship', type), {
      from,
      to,
      props,
      sources,
      actor: this.actor,
    });
    await refreshCounts(this.tx, await itemsAffectedByLinks(this.tx, type, [from]));
    return {
      from: entityFromNode(row.a as PlainNode),
      to: entityFromNode(row.b as PlainNode),
      relationship: row.r as PlainRelationship,
      created: row.created === true,
    };
  }

  /** True when `to` leads back to `from` along `type` (so a just-linked `from → to` closed a cycle). */
  async closesCycle(type: RelationshipType, from: string, to: string): Promise<boolean> {
    const [row] = await this.tx.run(withType('write.closesCycle', type), { from, to });
    return row?.cycle === true;
  }

  /** Deletes `from -[type]-> to`; returns how many relationships were removed (0 or 1). */
  async deleteRelationship(type: RelationshipType, from: string, to: string): Promise<number> {
    const [row] = await this.tx.run(withType('write.deleteRelationship', type), { from, to });
    const removed = Number(row?.removed ?? 0);
    if (removed) await refreshCounts(this.tx, await itemsAffectedByLinks(this.tx, type, [from]));
    return removed;
  }
}

function withLabel(statement: string, type: EntityType): string {
  return fillCypher(namedCypher(statement), { LABEL: label(type) }, statement);
}

function withType(statement: string, type: RelationshipType): string {
  return fillCypher(namedCypher(statement), { TYPE: relType(type) }, statement);
}
