import { TestGraph } from './test-graph';

/** Every node (sorted labels, all properties) and relationship (ends, type, all properties) of the graph. */
export interface GraphSnapshot {
  nodes: Array<Record<string, unknown>>;
  relationships: Array<Record<string, unknown>>;
}

/**
 * The whole graph in a stable order, with every property (timestamps included), so two snapshots are equal only
 * when nothing at all changed in between.
 */
export async function graphSnapshot(graph: TestGraph): Promise<GraphSnapshot> {
  const nodes = await graph.executor.read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id');
  const relationships = await graph.executor.read(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to',
  );
  return {
    nodes: nodes.map((row) => ({ ...row, labels: [...(row.labels as string[])].sort() })),
    relationships,
  };
}
