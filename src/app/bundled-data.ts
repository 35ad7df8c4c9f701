import { Executor } from '../db/executor';
import { ImportService } from '../pipelines/import/import.service';
import { ImportReport } from '../pipelines/import/import.report';

/**
 * Loads the bundled real dataset (data/*.json) through the importer. The setup calls it only when
 * {@link graphIsEmpty}, so a fresh machine gets the product's data on its first start and later starts leave edits
 * alone.
 * @returns the import report
 */
export function loadBundledData(executor: Executor, files: string[]): Promise<ImportReport> {
  return new ImportService(executor, 'bundled-data').importFiles(files);
}

/** True when the graph holds no entity yet (a first start). */
export async function graphIsEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.read('MATCH (n:Entity) RETURN count(n) > 0 AS hasData');
  return !row?.hasData;
}
