/** What a field asks of the entities it returns (graphql/selection.ts `selectionOf` reads it from a request). */
export interface EntitySelection {
  /** Field names selected on the entities, sorted (so equal selections share a batch). */
  fields: string[];
  /** Whether connection edges ask for `relationship`. */
  relationship: boolean;
  /** Whether a connection asks for `totalCount` (counting every match costs more than reading one page). */
  total: boolean;
  /**
   * Whether a connection asks for its page (`nodes`, `edges` or `pageInfo`); false when it asks only `totalCount`,
   * so the page need not be read (graph/entity-reader.ts, list). Absent: the page is read.
   */
  page?: boolean;
}
