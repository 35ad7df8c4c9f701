import { EntityType } from '../domain/entity-types';
import { CypherParams } from './cypher-identifiers';
import { SortDirection, SortKey } from './keyset';

/** Compiles one `where` field into a Cypher predicate over `node`, with every value added to `params`. */
export type FilterCompiler<V> = (value: V, node: string, params: CypherParams) => string;

/** A compiler per `where` field of an entity type (logical AND/OR/NOT are handled for every type). */
export type FilterCompilers<W> = { [K in Exclude<keyof W, 'AND' | 'OR' | 'NOT'>]-?: FilterCompiler<NonNullable<W[K]>> };

/**
 * What the generic graph layer needs to know about an entity type: its label, the properties it exposes as typed
 * GraphQL fields, how it can be ordered and how its `where` input compiles to Cypher.
 */
export interface EntityDefinition<W = Record<string, unknown>> {
  type: EntityType;
  /** Stored properties shown as typed GraphQL fields (the rest appear in `attributes`). */
  fields: readonly string[];
  /** GraphQL order-field enum value → the property and its kind. */
  sortKeys: Record<string, SortKey>;
  defaultOrder: { field: string; direction: SortDirection };
  filters: FilterCompilers<W>;
}
