import neo4j from 'neo4j-driver';
import { entityTypeOf, EntityType } from '../../domain/entity-types';
import { namedCypher } from '../../db/cypher-files';
import { Executor } from '../../db/executor';
import { PlainNode } from '../../db/driver-values';
import { entityFromNode } from '../../graph/entity-record';
import { EntityDescription, Neighbour } from './linked-data.document';

/**
 * Most relationships one entity's document lists in each direction (a country has a few hundred in the bundled data).
 */
export const MAX_RELATIONSHIPS_PER_DIRECTION = 2_000;

/** Entities read per statement by {@link LinkedDataRepository.dump}. */
export const DUMP_PAGE_SIZE = 200;

/** Reads entities and their relationships for linked data (statements in cypher/linked-data.cypher). */
export class LinkedDataRepository {
  /** @param executor a fresh executor for each statement (so each read gets the request time limit afresh) */
  constructor(private readonly executor: () => Executor) {}

  /**
   * The entity with `id` and its relationships both ways, or null when there is none or it is not of `type` (its
   * label is checked in code, so no label is ever put into the statement).
   */
  async describe(type: EntityType, id: string): Promise<EntityDescription | null> {
    const rows = await this.executor().read(namedCypher('linked-data.describeEntity'), {
      id,
      cap: neo4j.int(MAX_RELATIONSHIPS_PER_DIRECTION),
    });
    const row = rows[0];
    if (!row) return null;
    const entity = entityFromNode(row.n as PlainNode);
    if (entity.type !== type) return null;
    return { entity, outgoing: neighbours(row.outgoing), incoming: neighbours(row.incoming) };
  }

  /**
   * Every entity with its outgoing relationships, page by page in id order (keyset paging, one read per page), so
   * a dump of any size is never held in memory whole.
   */
  async *dump(pageSize = DUMP_PAGE_SIZE): AsyncGenerator<EntityDescription> {
    let after = '';
    for (;;) {
      const rows = await this.executor().read(namedCypher('linked-data.dumpPage'), {
        after,
        pageSize: neo4j.int(pageSize),
      });
      for (const row of rows) {
        const entity = entityFromNode(row.n as PlainNode);
        yield { entity, outgoing: neighbours(row.outgoing), incoming: [] };
        after = entity.id;
      }
      if (rows.length < pageSize) return;
    }
  }
}

/** The rows of a relationship list, without those whose other end carries none of our entity labels. */
function neighbours(value: unknown): Neighbour[] {
  const found: Neighbour[] = [];
  for (const item of Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []) {
    const entityType = entityTypeOf(Array.isArray(item.labels) ? item.labels.map(String) : []);
    if (!entityType || typeof item.id !== 'string') continue;
    found.push({
      relationship: String(item.type),
      id: item.id,
      name: typeof item.name === 'string' ? item.name : null,
      entityType,
      kind: typeof item.kind === 'string' ? item.kind : null,
    });
  }
  return found;
}
