import { Executor } from '../db/executor';
import { ImportService } from '../modules/import/import.service';
import { ImportReport } from '../modules/import/import.report';

/**
 * Loads the bundled real dataset (data/*.json) when the graph holds no entity yet, so a fresh machine gets the
 * product's data on its first start and later starts leave edits alone.
 * @param onLoadStart called once the graph is found empty, before the import starts
 * @returns the import report, or null when the graph already had data
 */
export async function loadBundledDataIfEmpty(executor: Executor, files: string[], onLoadStart: () => void = () => undefined): Promise<ImportReport | null> {
  if (!(await graphIsEmpty(executor))) return null;
  onLoadStart();
  return new ImportService(executor, 'bundled-data').importFiles(files);
}

/** True when the graph holds no entity yet (a first start). */
export async function graphIsEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.read('MATCH (n:Entity) RETURN count(n) > 0 AS hasData');
  return !row?.hasData;
}
