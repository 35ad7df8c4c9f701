/** What a field asks of the entities it returns (graphql/selection.ts `selectionOf` reads it from a request). */
export interface EntitySelection {
  /** Field names selected on the entities, sorted (so equal selections share a batch). */
  fields: string[];
  /** Whether connection edges ask for `relationship`. */
  relationship: boolean;
  /** Whether a connection asks for `totalCount` (counting every match costs more than reading one page). */
  total: boolean;
}
