// What the server asks of readiness (/health/ready, the loading guard); src/app/readiness.ts implements it over
// Neo4j, so the server never imports the application that starts it.

/** What /health/ready answers. */
export interface ReadinessReport {
  ready: boolean;
  /** Why not, in one line without driver internals (the full error is logged). */
  reason?: string;
}

/** Anything that can say whether the API can serve queries now. */
export interface ReadinessCheck {
  check(): Promise<ReadinessReport>;
  /** The setup step running now, while answers could be empty or incomplete; false otherwise. */
  readonly settingUp?: SetupPhase | false;
}

/**
 * The steps from process start to readiness: reaching Neo4j and looking at the graph, constraints and indexes, the
 * dashboard's kept counts (built once for a database without them), then (on an empty graph) the bundled dataset.
 */
export type SetupPhase = 'connecting' | 'schema' | 'counts' | 'bundled-data';
