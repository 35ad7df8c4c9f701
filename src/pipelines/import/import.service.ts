import fs from 'node:fs';
import path from 'node:path';
import { validateSync, ValidationError } from 'class-validator';
import { EntityType, ID_PREFIX } from '../../domain/entity-types';
import { endpointProblem, isRelationshipType, RelationshipType } from '../../domain/relationship-types';
import { isEntityType } from '../../domain/entity-types';
import { Executor } from '../../db/executor';
import { PendingCountRefresh } from '../../graph/count-buckets';
import { EntityEnvelope, PROPS_CLASS, RelationEnvelope } from './import.records';
import { propsProblem, toStoredProps, toStoredValues } from './import.normalise';
import { readLabels } from './import.labels';
import { Label, labelProps, mergeLabels } from '../../domain/labels';
import { emptyReport, ImportReport, OutcomeCounts, tally } from './import.report';
import { EntityRow, ImportWriter, RelationRow } from './import.writer';

/** Records per transaction. */
export const IMPORT_BATCH_SIZE = 500;

/** Progress of an import: records written so far of all valid records. */
export type ProgressListener = (done: number, total: number) => void;

interface Located {
  file: string;
  index: string;
}

interface PendingEntity extends Located {
  type: EntityType;
  row: EntityRow;
  rawProps: Record<string, unknown>;
  labels: Label[];
}

interface PendingRelation extends Located {
  type: RelationshipType;
  row: RelationRow;
  rawProps: Record<string, unknown>;
}

/**
 * Imports files in the vet-facts format (data/FORMAT.md): every record is validated (class-validator), a bad record
 * is reported with file, index and reason and skipped, and the good ones land. Idempotent: entities MERGE on `id`,
 * relationships on (from, type, to); records that describe the same thing are merged first (props and sources
 * united); unchanged records are not rewritten. Batched with UNWIND, one transaction per batch.
 */
export class ImportService {
  private readonly writer: ImportWriter;

  constructor(executor: Executor, actor = 'importer') {
    this.writer = new ImportWriter(executor, actor);
  }

  /**
   * Imports the given JSON files.
   * @returns the report; `report.skipped` is empty when every record landed
   * @throws only for database failures (a file that cannot be read or parsed is reported as skipped)
   */
  async importFiles(files: string[], onProgress?: ProgressListener): Promise<ImportReport> {
    const report = emptyReport(files.map((file) => path.basename(file)));
    const entities = new Map<string, PendingEntity>();
    const relations = new Map<string, PendingRelation>();
    const rawRelations: Array<Located & { value: unknown }> = [];
    for (const file of files) {
      const name = path.basename(file);
      const parsed = readJson(file);
      if (typeof parsed === 'string') {
        report.skipped.push({ file: name, index: '(file)', id: null, reason: parsed });
        continue;
      }
      parsed.entities.forEach((value, i) =>
        this.collectEntity(value, { file: name, index: `entities[${i}]` }, entities, report),
      );
      parsed.relations.forEach((value, i) => rawRelations.push({ value, file: name, index: `relations[${i}]` }));
      report.recordsRead.entities += parsed.entities.length;
      report.recordsRead.relations += parsed.relations.length;
    }
    const known = await this.knownTypes(rawRelations, entities);
    for (const raw of rawRelations) this.collectRelation(raw.value, raw, known, relations, report);

    const total = entities.size + relations.size;
    let done = 0;
    const advance = (count: number) => onProgress?.((done += count), total);
    onProgress?.(0, total);
    // Entities first (relationships need both ends), each type in batches of IMPORT_BATCH_SIZE, one transaction each.
    const writeAll = async <T extends string, R>(
      items: Array<{ type: T; row: R }>,
      write: (type: T, rows: R[]) => Promise<Record<string, number>>,
      counts: Record<string, OutcomeCounts>,
    ) => {
      for (const [type, group] of groupBy(items, (item) => item.type)) {
        for (const batch of chunks(group, IMPORT_BATCH_SIZE)) {
          const outcomes = await write(
            type,
            batch.map((item) => item.row),
          );
          for (const [outcome, count] of Object.entries(outcomes)) tally(counts, type, outcome as 'created', count);
          advance(batch.length);
        }
      }
    };
    // The dashboard's kept counts are refreshed once after the batches, for what they wrote, also when one failed (the
    // batches before it committed); a failure of the refresh itself is reported only when the load succeeded.
    const pending = new PendingCountRefresh();
    let failure: unknown = null;
    const writeEntities = (type: EntityType, rows: EntityRow[]) => {
      pending.entitiesWritten(
        type,
        rows.map((row) => row.id),
      );
      return this.writer.writeEntities(type, rows);
    };
    const writeRelations = (type: RelationshipType, rows: RelationRow[]) => {
      pending.relationsWritten(
        type,
        rows.map((row) => row.from),
      );
      return this.writer.writeRelations(type, rows);
    };
    try {
      await writeAll([...entities.values()], writeEntities, report.entities);
      await writeAll([...relations.values()], writeRelations, report.relations);
    } catch (error) {
      failure = error;
    }
    if (total > 0) {
      try {
        await this.writer.refreshCounts(pending);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure) throw failure;
    return report;
  }

  private collectEntity(value: unknown, at: Located, into: Map<string, PendingEntity>, report: ImportReport): void {
    const skip = (reason: string, id: string | null, type?: string) => {
      report.skipped.push({ ...at, id, reason });
      tally(report.entities, type && isEntityType(type) ? type : '(unknown type)', 'skipped');
    };
    if (!isPlainObject(value)) return skip('an entity record must be a JSON object', null);
    const envelope = Object.assign(new EntityEnvelope(), value);
    const id = typeof value.id === 'string' ? value.id : null;
    const problem = firstProblem(validateSync(envelope));
    if (problem) return skip(problem, id, envelope.type);
    if (envelope.id.split(':')[0] !== ID_PREFIX[envelope.type]) {
      return skip(
        `id prefix "${envelope.id.split(':')[0]}" does not fit type ${envelope.type} (expected ` +
          `"${ID_PREFIX[envelope.type]}:")`,
        id,
        envelope.type,
      );
    }
    const props = envelope.props ?? {};
    const propsIssue =
      propsProblem(props) ??
      firstProblem(validateSync(Object.assign(new PROPS_CLASS[envelope.type](), props)), 'props.');
    if (propsIssue) return skip(propsIssue, id, envelope.type);
    if (
      envelope.type === 'Country' &&
      props.code !== undefined &&
      `country:${String(props.code).toUpperCase()}` !== envelope.id
    ) {
      return skip(`props.code ${String(props.code)} does not match id ${envelope.id}`, id, envelope.type);
    }
    const existing = into.get(envelope.id);
    if (existing && existing.type !== envelope.type) {
      return skip(
        `id ${envelope.id} is already a ${existing.type} in ${existing.file} ${existing.index}`,
        id,
        envelope.type,
      );
    }
    const read = readLabels(envelope.labels);
    if (typeof read === 'string') return skip(read, id, envelope.type);
    const rawProps = existing ? mergeProps(existing.rawProps, props, envelope.id, report) : props;
    // Labels of records with the same id are united; the lists are written only when there are labels.
    const labels = mergeLabels(existing?.labels ?? [], read);
    const row: EntityRow = {
      id: envelope.id,
      name: existing?.row.name ?? envelope.name,
      props: {
        ...toStoredProps(envelope.type, existing?.row.name ?? envelope.name, rawProps),
        ...(labels.length ? labelProps(labels) : {}),
      },
      sources: union(existing?.row.sources ?? [], envelope.sources),
    };
    into.set(envelope.id, { ...at, type: envelope.type, row, rawProps, labels });
  }

  private collectRelation(
    value: unknown,
    at: Located,
    known: Map<string, EntityType>,
    into: Map<string, PendingRelation>,
    report: ImportReport,
  ): void {
    const skip = (reason: string, type?: string) => {
      report.skipped.push({
        ...at,
        id: isPlainObject(value) ? `${value.from} -${value.type}-> ${value.to}` : null,
        reason,
      });
      tally(report.relations, type && isRelationshipType(type) ? type : '(unknown type)', 'skipped');
    };
    if (!isPlainObject(value)) return skip('a relation record must be a JSON object');
    const envelope = Object.assign(new RelationEnvelope(), value);
    const problem = firstProblem(validateSync(envelope)) ?? propsProblem(envelope.props ?? {});
    if (problem) return skip(problem, envelope.type);
    const type = envelope.type as RelationshipType;
    const fromType = known.get(envelope.from);
    const toType = known.get(envelope.to);
    if (!fromType) return skip(`from: no entity with id ${envelope.from} (in this import or the graph)`, type);
    if (!toType) return skip(`to: no entity with id ${envelope.to} (in this import or the graph)`, type);
    const endpoints = endpointProblem(type, fromType, toType);
    if (endpoints) return skip(endpoints, type);
    const key = `${envelope.from}|${type}|${envelope.to}`;
    const existing = into.get(key);
    const rawProps = existing
      ? mergeProps(existing.rawProps, envelope.props ?? {}, key, report)
      : (envelope.props ?? {});
    const row: RelationRow = {
      from: envelope.from,
      to: envelope.to,
      props: toStoredValues(rawProps),
      sources: union(existing?.row.sources ?? [], envelope.sources),
    };
    into.set(key, { ...at, type, row, rawProps });
  }

  /** The type of every id a relation may point at: valid entities of this import, then those already stored. */
  private async knownTypes(
    relations: Array<{ value: unknown }>,
    entities: Map<string, PendingEntity>,
  ): Promise<Map<string, EntityType>> {
    const known = new Map<string, EntityType>([...entities.values()].map((e) => [e.row.id, e.type]));
    const missing = new Set<string>();
    for (const { value } of relations) {
      if (!isPlainObject(value)) continue;
      for (const end of [value.from, value.to]) if (typeof end === 'string' && !known.has(end)) missing.add(end);
    }
    if (missing.size) {
      for (const [id, labels] of await this.writer.existingTypes([...missing])) {
        const type = labels.find(isEntityType);
        if (type) known.set(id, type);
      }
    }
    return known;
  }
}

function readJson(file: string): { entities: unknown[]; relations: unknown[] } | string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isPlainObject(parsed)) return 'the file must hold one JSON object with "entities" and "relations"';
    const entities = parsed.entities ?? [];
    const relations = parsed.relations ?? [];
    if (!Array.isArray(entities) || !Array.isArray(relations)) return '"entities" and "relations" must be arrays';
    return { entities, relations };
  } catch (error) {
    return `not valid JSON: ${(error as Error).message}`;
  }
}

function firstProblem(errors: ValidationError[], prefix = ''): string | undefined {
  const first = errors[0];
  if (!first) return undefined;
  const reason = Object.values(first.constraints ?? {})[0];
  if (reason) return `${prefix}${reason}`;
  return firstProblem(first.children ?? [], `${prefix}${first.property}.`);
}

function mergeProps(
  earlier: Record<string, unknown>,
  later: Record<string, unknown>,
  id: string,
  report: ImportReport,
): Record<string, unknown> {
  for (const [key, value] of Object.entries(later)) {
    if (key in earlier && JSON.stringify(earlier[key]) !== JSON.stringify(value)) {
      report.warnings.push(
        `${id}: props.${key} is ${JSON.stringify(earlier[key])} in one record and ` +
          `${JSON.stringify(value)} in another; the later is kept`,
      );
    }
  }
  return { ...earlier, ...later };
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
