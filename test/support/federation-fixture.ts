import { ImportService } from '../../src/pipelines/import/import.service';
import { fixturePath } from './fixtures';
import { GrantRecord } from './funding-subgraph';
import { loadBundledData, TestGraph } from './test-graph';

/** Empties the graph, imports the bundled dataset and then the field-case fixture (org:test-le-centre in BE). */
export async function loadBundledDataAndFieldCases(graph: TestGraph): Promise<void> {
  await loadBundledData(graph);
  const report = await new ImportService(graph.executor, 'test').importFiles([fixturePath('field-cases.json')]);
  if (report.skipped.length) throw new Error(`fixture records skipped: ${JSON.stringify(report.skipped)}`);
}

/** An id no subgraph knows, for the partner's grant whose beneficiary the VET policy graph cannot resolve. */
export const UNKNOWN_ORGANISATION_ID = 'org:not-in-the-graph';

/**
 * The partner's grants for a test: one per organisation id in `organisations` (amount 1,000 € × its position, years
 * cycling 2018–2022, country as given), plus one to {@link UNKNOWN_ORGANISATION_ID} in a country we do not hold (ZZ).
 */
export function grantsFor(organisations: Array<{ id: string; countryCode: string }>): GrantRecord[] {
  const grants = organisations.map(({ id, countryCode }, index) => ({
    id: `grant:${index + 1}`,
    title: `Grant ${index + 1} to ${id}`,
    amountEur: 1000 * (index + 1),
    year: 2018 + (index % 5),
    beneficiaryId: id,
    countryCode,
  }));
  const unknown = {
    id: 'grant:unknown',
    title: 'Grant to an unknown beneficiary',
    amountEur: 5,
    year: 2020,
    beneficiaryId: UNKNOWN_ORGANISATION_ID,
    countryCode: 'ZZ',
  };
  return [...grants, unknown];
}
