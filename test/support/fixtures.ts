import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { ImportService } from '../../src/pipelines/import/import.service';
import { emptyGraph, TestGraph } from './test-graph';

/** test/fixtures/<name>. */
export function fixturePath(name: string): string {
  return path.join(projectRoot(), 'test', 'fixtures', name);
}

/**
 * Empties the graph and imports the field-case fixture (test/fixtures/field-cases.json): the base fixture of
 * ../shared/cases/field-cases.md (org:test-le-centre, event:test-pla-2013 in Testville, BE) plus the events and
 * names the cases need.
 * @throws Error when a fixture record was skipped (the fixture itself must be valid)
 */
export async function loadFieldCaseFixture(graph: TestGraph): Promise<void> {
  await emptyGraph(graph);
  const report = await new ImportService(graph.executor, 'test').importFiles([fixturePath('field-cases.json')]);
  if (report.skipped.length) throw new Error(`fixture records skipped: ${JSON.stringify(report.skipped)}`);
}
