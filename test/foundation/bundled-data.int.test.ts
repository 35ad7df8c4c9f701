import fs from 'node:fs';
import { ImportService } from '../../src/pipelines/import/import.service';
import { BUNDLED_COUNTS } from '../support/bundled-counts';
import { BUNDLED_FILES, graphCounts, loadBundledData, openTestGraph, TestGraph } from '../support/test-graph';

interface RawRecord {
  id: string;
  type: string;
  name: string;
  props?: Record<string, unknown>;
  sources: string[];
}
interface RawRelation {
  from: string;
  type: string;
  to: string;
  sources: string[];
}

const SEED = 'seed:000_5bbf75a48d9cbf39.txt';

/** The bundled files read independently of the importer, merged by id and by (from, type, to). */
function readBundledFiles() {
  const entities = new Map<string, RawRecord>();
  const relations = new Set<string>();
  const seedRelations = new Set<string>();
  for (const file of BUNDLED_FILES) {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { entities: RawRecord[]; relations: RawRelation[] };
    for (const e of parsed.entities) {
      const earlier = entities.get(e.id);
      entities.set(e.id, {
        ...e,
        props: { ...earlier?.props, ...e.props },
        sources: [...new Set([...(earlier?.sources ?? []), ...e.sources])],
      });
    }
    for (const r of parsed.relations) {
      relations.add(`${r.from}|${r.type}|${r.to}`);
      if (r.sources.includes(SEED)) seedRelations.add(`${r.from}|${r.type}|${r.to}`);
    }
  }
  return { entities, relations, seedRelations };
}

describe('the bundled real dataset (issue 2, section 4)', () => {
  let graph: TestGraph;
  const source = readBundledFiles();

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadBundledData(graph, { fresh: true });
  });
  afterAll(() => graph.close());

  it('holds exactly the distinct entities and relationships of the files, per relationship type, every one citing a source', async () => {
    expect(source.entities.size).toBe(BUNDLED_COUNTS.entities);
    expect(source.relations.size).toBe(BUNDLED_COUNTS.relationships);
    expect(await graphCounts(graph)).toEqual({
      nodes: BUNDLED_COUNTS.entities,
      relationships: BUNDLED_COUNTS.relationships,
    });
    const types = await graph.cypher('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count');
    expect(Object.fromEntries(types.map((row) => [row.type, row.count]))).toEqual(BUNDLED_COUNTS.byRelationshipType);
    const [unsourced] = await graph.cypher(
      'CALL { MATCH (n:Entity) WHERE size(coalesce(n.sources, [])) = 0 RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() WHERE size(coalesce(r.sources, [])) = 0 RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
    expect(unsourced).toEqual({ nodes: 0, relationships: 0 });
  });

  it('has the per-type counts of the files', async () => {
    const expected: Record<string, number> = {};
    for (const e of source.entities.values()) expected[e.type] = (expected[e.type] ?? 0) + 1;
    const rows = await graph.cypher(
      'MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> "Entity"] AS type RETURN type, count(*) AS count',
    );
    expect(Object.fromEntries(rows.map((r) => [r.type, r.count]))).toEqual(expected);
    expect(expected).toEqual(BUNDLED_COUNTS.byType);
  });

  it('keeps every source property of every entity (nothing silently dropped)', async () => {
    const rows = await graph.cypher('MATCH (n:Entity) RETURN n.id AS id, properties(n) AS props');
    const stored = new Map(rows.map((r) => [r.id as string, r.props as Record<string, unknown>]));
    const missing: string[] = [];
    for (const entity of source.entities.values()) {
      const props = stored.get(entity.id);
      for (const [key, value] of Object.entries(entity.props ?? {})) {
        const have = key === 'name' ? props?.name : props?.[key];
        const same =
          JSON.stringify(have) === JSON.stringify(value) ||
          (key === 'name' && (props?.altNames as string[] | undefined)?.includes(value as string));
        if (!same) missing.push(`${entity.id}.${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('contains every fact of the seed document (the sources name seed:000_5bbf75a48d9cbf39.txt)', async () => {
    const seedEntities = [...source.entities.values()].filter((e) => e.sources.includes(SEED)).map((e) => e.id);
    expect(seedEntities.length).toBeGreaterThanOrEqual(17);
    const [row] = await graph.cypher(
      'MATCH (n:Entity) WHERE n.id IN $ids AND $seed IN n.sources RETURN count(n) AS found',
      { ids: seedEntities, seed: SEED },
    );
    expect(row.found).toBe(seedEntities.length);
    const stored = await graph.cypher(
      'MATCH (a)-[r]->(b) WHERE $seed IN r.sources RETURN a.id + "|" + type(r) + "|" + b.id AS key',
      { seed: SEED },
    );
    expect(new Set(stored.map((row) => row.key))).toEqual(source.seedRelations);
  });

  it('is idempotent: a second import reports everything unchanged and changes no count', async () => {
    const before = await graphCounts(graph);
    const [stamp] = await graph.cypher('MATCH (n:Entity {id: "org:forem"}) RETURN toString(n.updatedAt) AS updatedAt');
    const report = await new ImportService(graph.executor, 'test').importFiles(BUNDLED_FILES);
    expect(await graphCounts(graph)).toEqual(before);
    const totals = (table: typeof report.entities) =>
      Object.values(table).reduce(
        (sum, c) => ({
          created: sum.created + c.created,
          updated: sum.updated + c.updated,
          unchanged: sum.unchanged + c.unchanged,
        }),
        { created: 0, updated: 0, unchanged: 0 },
      );
    expect(totals(report.entities)).toEqual({ created: 0, updated: 0, unchanged: BUNDLED_COUNTS.entities });
    expect(totals(report.relations)).toEqual({ created: 0, updated: 0, unchanged: BUNDLED_COUNTS.relationships });
    const [after] = await graph.cypher('MATCH (n:Entity {id: "org:forem"}) RETURN toString(n.updatedAt) AS updatedAt');
    expect(after.updatedAt).toBe(stamp.updatedAt);
  });
});
