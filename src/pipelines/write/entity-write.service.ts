import { validateSync } from 'class-validator';
import { searchKeyOf } from '../../domain/text-folding';
import { Label, labelProps, mergeLabels } from '../../domain/labels';
import { Executor } from '../../db/executor';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/api-errors';
import { toFieldProblems } from '../../errors/format-error';
import { EntityObject, EntityRecord, toEntityObject } from '../../graph/entity-record';
import { derivedProps, toStoredProps } from '../import/import.normalise';
import { idFromName } from './entity-ids';
import { EntityWriteSpec } from './write-spec';
import { WriteRepository } from './write.repository';
import { requireWellFormedText } from './write.validators';

/** Most dependents listed when a delete is refused (the error also gives the total). */
export const MAX_LISTED_DEPENDENTS = 50;

/** Runs of an upsert that lost the race to create its id: one suffices, as the winner has committed by then. */
const UPSERT_RACE_RETRIES = 2;

/** What a delete returns. */
export interface DeleteResult {
  id: string;
  removedRelationships: number;
}

/** A write input split into what the graph stores: id, display name, properties and sources. */
interface InputParts {
  id: string | undefined;
  /** undefined: not sent; null: sent as null (refused by validation of the merged entity). */
  name: string | null | undefined;
  /** Typed fields and attributes as sent (plain values); a null asks to remove that property. */
  props: Record<string, unknown>;
  sources: string[] | null | undefined;
  /** Labels in other languages as sent: undefined keeps the stored ones, null or [] removes them. */
  labels: Label[] | null | undefined;
}

/**
 * Create, update, upsert and delete for every entity type, each in ONE write transaction (reads, checks and writes
 * together), so a failure anywhere leaves the graph as it was. Inputs arrive validated by class-validator (type-graphql
 * runs it before the resolver); updates are validated once more merged with the stored values. Stored form is the
 * importer's (toStoredProps: Integer, Date, upper-case codes, derived `year`), `searchKey` is refolded on every write,
 * and createdAt/updatedAt/updatedBy are recorded.
 */
export class EntityWriteService {
  /** @param actor who writes (the token subject), stored as `updatedBy` */
  constructor(
    private readonly executor: Executor,
    private readonly actor: string,
  ) {}

  /**
   * Creates an entity; the id is the client's or made from the name.
   * @throws ConflictError (extensions.id) when the id exists; BadUserInputError when no id can be made
   */
  async create(spec: EntityWriteSpec, input: object): Promise<EntityObject> {
    const parts = partsOf(spec, input);
    const id = this.idFor(spec, input, parts);
    return this.executor.writeTransaction(async (tx) => {
      const repository = new WriteRepository(tx, this.actor);
      const existing = await repository.entityById(id);
      if (existing) throw alreadyExists(existing);
      return toObject(spec, await this.insert(repository, spec, id, parts));
    });
  }

  /**
   * Changes the given fields of the entity of this type and id (a null removes an optional field); the result must
   * still be valid as a whole (e.g. `endDate` not before the stored `startDate`).
   * @throws NotFoundError when there is no such entity of this type; BadUserInputError naming the failing fields
   */
  async update(spec: EntityWriteSpec, id: string, input: object): Promise<EntityObject> {
    const parts = partsOf(spec, input);
    return this.executor.writeTransaction(async (tx) => {
      const repository = new WriteRepository(tx, this.actor);
      const stored = await repository.entityById(id);
      if (!stored || stored.type !== spec.definition.type) throw new NotFoundError(spec.definition.type, id);
      return toObject(spec, await this.change(repository, spec, stored, parts));
    });
  }

  /**
   * Creates the entity, or when its id (given or made from the name) exists, updates it with the given fields.
   * Concurrent upserts of one new id all succeed (field case F16): the one that loses the race to create the node
   * hits the unique constraint on `id`, and its transaction runs again, finding the node and updating it.
   * @throws ConflictError when the id belongs to an entity of another type; BadUserInputError as create and update
   */
  async upsert(spec: EntityWriteSpec, input: object): Promise<EntityObject> {
    const parts = partsOf(spec, input);
    const id = this.idFor(spec, input, parts);
    return this.executor.writeTransaction(
      async (tx) => {
        const repository = new WriteRepository(tx, this.actor);
        const stored = await repository.entityById(id);
        if (!stored) return toObject(spec, await this.insert(repository, spec, id, parts));
        if (stored.type !== spec.definition.type) throw alreadyExists(stored);
        return toObject(spec, await this.change(repository, spec, stored, parts));
      },
      { uniqueRaceRetries: UPSERT_RACE_RETRIES },
    );
  }

  /**
   * Deletes the entity. When relationships link it to other entities, it is kept and a ConflictError lists them
   * (`extensions.dependents`: relationship type, direction, id and type of the other end; `extensions.dependentCount`)
   * unless `force` is true, in which case they are removed with it.
   * @throws NotFoundError when there is no such entity of this type
   */
  async delete(spec: EntityWriteSpec, id: string, force: boolean): Promise<DeleteResult> {
    const type = spec.definition.type;
    return this.executor.writeTransaction(async (tx) => {
      const repository = new WriteRepository(tx, this.actor);
      const found = await repository.dependents(type, id, MAX_LISTED_DEPENDENTS);
      if (!found) throw new NotFoundError(type, id);
      if (found.total > 0 && !force) {
        const listed = found.dependents
          .map((d) => `${d.relationship} ${d.direction === 'OUTGOING' ? 'to' : 'from'} ${d.id}`)
          .join(', ');
        throw new ConflictError(
          `${type} "${id}" has ${found.total} relationship(s): ` +
            `${listed}${found.total > found.dependents.length ? ', …' : ''}. Unlink them first, or delete with ` +
            `force: true to remove them too.`,
          { id, dependentCount: found.total, dependents: found.dependents },
        );
      }
      const removed = await repository.delete(type, id);
      return { id, removedRelationships: removed ?? 0 };
    });
  }

  private idFor(spec: EntityWriteSpec, input: object, parts: InputParts): string {
    if (parts.id) return parts.id;
    if (spec.newId) return spec.newId(input as Record<string, unknown>);
    const props = { ...parts.props, ...derivedProps(spec.definition.type, parts.props) };
    const year = typeof props.year === 'number' ? props.year : undefined;
    return idFromName(spec.definition.type, String(parts.name ?? ''), year, `input.${spec.nameField}`);
  }

  private insert(
    repository: WriteRepository,
    spec: EntityWriteSpec,
    id: string,
    parts: InputParts,
  ): Promise<EntityRecord> {
    const type = spec.definition.type;
    const name = requireName(spec, parts.name);
    const plain = withoutNulls(parts.props);
    requireDaysInOrder({ ...plain, ...derivedProps(type, plain) }, plain);
    const labels = labelProps(parts.labels ?? []);
    return repository.create(type, {
      id,
      name,
      searchKey: searchKeyOf(name, { ...plain, labelValues: labels.labelValues }),
      props: { ...toStoredProps(type, name, plain), ...(parts.labels?.length ? labels : {}) },
      sources: parts.sources ?? [],
    });
  }

  private async change(
    repository: WriteRepository,
    spec: EntityWriteSpec,
    stored: EntityRecord,
    parts: InputParts,
  ): Promise<EntityRecord> {
    const type = spec.definition.type;
    const name = parts.name === undefined ? stored.name : parts.name;
    const labelChanges =
      parts.labels === undefined
        ? {}
        : parts.labels?.length
          ? labelProps(parts.labels)
          : { labelLangs: null, labelValues: null, labelSources: null };
    const storedChanges = { ...toStoredProps(type, name ?? stored.name, parts.props), ...labelChanges };
    // A new start instant (or date) moves the derived date and year with it unless the client sent those too.
    const merged = { ...stored.properties, ...parts.props, ...derivedProps(type, parts.props), ...labelChanges };
    validateMerged(spec, stored.id, name, merged);
    const updated = await repository.update(type, stored.id, {
      name: name as string,
      searchKey: searchKeyOf(name as string, withoutNulls(merged)),
      props: storedChanges,
      sources: parts.sources === undefined ? null : (parts.sources ?? []),
    });
    if (!updated) throw new NotFoundError(type, stored.id);
    return updated;
  }
}

/**
 * Splits a validated input object into id, name, props (typed fields and attributes) and sources.
 * @throws BadUserInputError when a string in it is not well-formed Unicode (see requireWellFormedText)
 */
function partsOf(spec: EntityWriteSpec, input: object): InputParts {
  requireWellFormedText(input);
  const { id, sources, labels, attributes, [spec.nameField]: name, ...fields } = input as Record<string, unknown>;
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries({
    ...fields,
    ...((attributes as Record<string, unknown> | null | undefined) ?? {}),
  })) {
    if (value !== undefined) props[key] = value;
  }
  return {
    id: typeof id === 'string' ? id : undefined,
    name: name as string | null | undefined,
    props,
    sources: sources as string[] | null | undefined,
    labels: labels === undefined || labels === null ? (labels as null | undefined) : mergeLabels(labels as Label[]),
  };
}

/**
 * Validates the entity as it will be after an update, against the create input's rules (required name, dates in
 * order, years matching dates), so a change that is fine alone but wrong with the stored values is refused.
 * @throws BadUserInputError naming each failing field under `input.`
 */
function validateMerged(
  spec: EntityWriteSpec,
  id: string,
  name: string | null | undefined,
  merged: Record<string, unknown>,
): void {
  const candidate: Record<string, unknown> = Object.assign(new spec.createInput(), { [spec.nameField]: name });
  for (const field of spec.definition.fields)
    if (merged[field] !== undefined && merged[field] !== null) candidate[field] = merged[field];
  candidate.id = id;
  // One reason per field: a removed name is "required", not also too short, blank and not a string.
  const problems = toFieldProblems(
    validateSync(candidate, { forbidUnknownValues: false, stopAtFirstError: true }),
    'input',
  ).map((problem) =>
    problem.field === `input.${spec.nameField}` && (name === null || name === undefined)
      ? { ...problem, reason: `${spec.nameField} is required: it can be changed but not removed` }
      : problem,
  );
  if (problems.length) throw new BadUserInputError(problems);
}

/**
 * Instants in order can still give local days out of order when their offsets differ (start 01:00+09:00 on 3 March,
 * end 20:00−05:00 on 2 March, the later instant): a new entity whose days were derived so is refused, naming the
 * instant that was sent.
 * @throws BadUserInputError on `input.endDateTime` (or `input.endDate` when that was sent)
 */
function requireDaysInOrder(props: Record<string, unknown>, sent: Record<string, unknown>): void {
  const { startDate, endDate } = props;
  if (typeof startDate !== 'string' || typeof endDate !== 'string' || endDate >= startDate) return;
  if (typeof sent.endDate === 'string' && typeof sent.startDate === 'string') return; // class-validator has said so
  throw BadUserInputError.of(
    typeof sent.endDate === 'string' ? 'input.endDate' : 'input.endDateTime',
    `the end's local day (${endDate}) is before the start's (${startDate}); send startDate and endDate ` +
      `to say which days it took place`,
  );
}

function requireName(spec: EntityWriteSpec, name: string | null | undefined): string {
  if (typeof name !== 'string' || name.trim() === '')
    throw BadUserInputError.of(`input.${spec.nameField}`, `${spec.nameField} is required`);
  return name;
}

function alreadyExists(existing: EntityRecord): ConflictError {
  return new ConflictError(`The id "${existing.id}" is already taken by the ${existing.type} "${existing.name}".`, {
    id: existing.id,
    existingType: existing.type,
  });
}

function toObject(spec: EntityWriteSpec, record: EntityRecord): EntityObject {
  return toEntityObject(record, spec.definition.fields);
}

function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
}
