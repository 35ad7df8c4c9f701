/** created / updated / unchanged / skipped counts for one entity or relationship type. */
export interface OutcomeCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** A record that was not imported, and why. */
export interface SkippedRecord {
  file: string;
  /** `entities[3]` or `relations[12]`: where the record sits in its file. */
  index: string;
  id: string | null;
  reason: string;
}

/** What one import run did. */
export interface ImportReport {
  files: string[];
  /** Records read, before merging records that describe the same entity or relationship. */
  recordsRead: { entities: number; relations: number };
  entities: Record<string, OutcomeCounts>;
  relations: Record<string, OutcomeCounts>;
  skipped: SkippedRecord[];
  /** Notes that did not stop a record, e.g. two records of one id giving different values. */
  warnings: string[];
}

/** An empty report for the given files. */
export function emptyReport(files: string[]): ImportReport {
  return { files, recordsRead: { entities: 0, relations: 0 }, entities: {}, relations: {}, skipped: [], warnings: [] };
}

/** Adds `count` to one outcome of one type in `table`. */
export function tally(
  table: Record<string, OutcomeCounts>,
  type: string,
  outcome: keyof OutcomeCounts,
  count = 1,
): void {
  table[type] ??= { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  table[type][outcome] += count;
}

/** Human-readable summary lines (per type, then skipped records with file, index and reason). */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  const table = (title: string, rows: Record<string, OutcomeCounts>) => {
    lines.push(title);
    for (const [type, c] of Object.entries(rows).sort()) {
      lines.push(
        `  ${type.padEnd(20)} created ${c.created}, updated ${c.updated}, unchanged ` +
          `${c.unchanged}, skipped ${c.skipped}`,
      );
    }
  };
  lines.push(
    `Read ${report.recordsRead.entities} entity and ${report.recordsRead.relations} relation records from ` +
      `${report.files.length} file(s).`,
  );
  table('Entities:', report.entities);
  table('Relationships:', report.relations);
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  for (const s of report.skipped) lines.push(`skipped ${s.file} ${s.index}${s.id ? ` (${s.id})` : ''}: ${s.reason}`);
  return lines.join('\n');
}
