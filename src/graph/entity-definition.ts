import { EntityType } from '../domain/entity-types';
import { CypherParams } from './cypher-identifiers';
import { SortDirection, SortKey } from './keyset';

/**
 * Compiles one `where` field into a Cypher predicate over `node`, with every value added to `params`. A compiler may
 * carry an {@link FilterAnchor}: another way to state the same condition that a list query can start from.
 */
export type FilterCompiler<V> = ((value: V, node: string, params: CypherParams, scope?: WhereScope) => string) & {
  anchor?: FilterAnchor<V>;
  /** True when the value is the id of a stored entity the node must be related to (`hostedBy`, `relatedTo`). */
  entityReference?: boolean;
};

/**
 * What a `where` input states for all its fields that follow relationships: `asOf`, the year the relationships must
 * have held in (graph/as-of.ts). It applies to the fields beside it and inside its AND/OR/NOT, unless these state
 * their own. Compilers that follow no dated relationship ignore it.
 */
export interface WhereScope {
  asOf?: number;
}

/** The `where` fields that set the {@link WhereScope} instead of filtering by themselves. */
export const SCOPE_FIELDS = ['asOf'] as const;
export type ScopeField = (typeof SCOPE_FIELDS)[number];

/**
 * A filter stated as MATCH clauses that bind `node` to exactly the nodes meeting it (possibly more than once, and
 * possibly of other labels: the caller adds DISTINCT and the label). A list query whose `where` ANDs such a filter at
 * its top level starts from these clauses instead of scanning every node of the label and testing an EXISTS per
 * node: "events held in BE" walks from the country to its places to their events (a few hundred rows) rather than
 * from every event in the year range to its countries. `rank` orders anchors by selectivity, lowest first (one entity
 * by id before a whole country).
 */
export interface FilterAnchor<V> {
  rank: number;
  compile(value: V, node: string, params: CypherParams, scope?: WhereScope): string;
}

/**
 * A compiler per `where` field of an entity type (logical AND/OR/NOT and the scope fields are handled for every type).
 */
export type FilterCompilers<W> = {
  [K in Exclude<keyof W, 'AND' | 'OR' | 'NOT' | ScopeField>]-?: FilterCompiler<NonNullable<W[K]>>;
};

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
