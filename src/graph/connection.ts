import type { ReadAheadPage } from './read-ahead';
import { EntityObject, RelationshipObject } from './entity-record';
import { encodeCursor, Ordering, sortValueOf } from './keyset';
import { PageWindow } from './page-window';

/** One edge of a connection as resolvers return it. */
export interface EdgeResult {
  cursor: string;
  node: EntityObject;
  relationship: RelationshipObject | null;
}

/** A Relay connection as resolvers return it (GraphQL types in src/graphql/connection.types.ts). */
export interface ConnectionResult {
  edges: EdgeResult[];
  nodes: EntityObject[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Rows matching the filters, ignoring paging; null when it was not computed. */
  totalCount: number | null;
  /** Relationship pages of these entities read in the same statement (graph/read-ahead.ts), for the loader. */
  readAhead?: ReadAheadPage[];
}

/** A fetched row: the entity and, for relationship fields, the relationship it was reached through. */
export interface FetchedRow {
  node: EntityObject;
  relationship: RelationshipObject | null;
}

/**
 * Builds a connection from rows fetched in query order with one extra row (`window.size + 1`) to detect more.
 * For backward pages the rows arrive reversed and are put back in forward order here.
 */
export function buildConnection(
  rows: FetchedRow[],
  window: PageWindow,
  ordering: Ordering,
  totalCount: number | null,
): ConnectionResult {
  const hasMore = rows.length > window.size;
  const page = rows.slice(0, window.size);
  if (window.backward) page.reverse();
  const edges = page.map((row) => ({
    cursor: encodeCursor({
      sortProperty: ordering.key.property,
      value: sortValueOf(row.node, ordering.key),
      id: row.node.id,
    }),
    node: row.node,
    relationship: row.relationship,
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: window.backward ? Boolean(window.before) : hasMore,
      hasPreviousPage: window.backward ? hasMore : Boolean(window.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
