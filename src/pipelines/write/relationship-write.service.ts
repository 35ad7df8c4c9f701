import { endpointProblem, RelationshipType } from '../../domain/relationship-types';
import { Executor } from '../../db/executor';
import { BadUserInputError, FieldProblem, RelationshipNotFoundError } from '../../errors/api-errors';
import { EntityObject, EntityRecord, RelationshipObject, toRelationshipObject } from '../../graph/entity-record';
import { toStoredValues } from '../import/import.normalise';
import { WriteRepository } from './write.repository';

/** Relationship types whose chains must not loop back (an event series inside itself, an event following itself). */
export const ACYCLIC_TYPES: ReadonlySet<RelationshipType> = new Set<RelationshipType>(['PART_OF', 'FOLLOWS']);

/** A relationship to create or update. */
export interface LinkRequest {
  type: RelationshipType;
  from: string;
  to: string;
  /** Relationship properties as sent (role, since, until, note, attributes); a null removes that property. */
  props: Record<string, unknown>;
  /** Replaces the relationship's sources when given; kept when undefined. */
  sources?: string[] | null;
}

/** A relationship after {@link RelationshipWriteService.link}. */
export interface LinkResult {
  type: RelationshipType;
  from: EntityObject;
  to: EntityObject;
  relationship: RelationshipObject;
  created: boolean;
}

/**
 * Link and unlink for every relationship type, each in one write transaction. Endpoints must exist and fit the type
 * (src/domain/relationship-types.ts); PART_OF and FOLLOWS must not form cycles, which is checked after the write in the
 * same transaction, so a refused link rolls back whole.
 *
 * Concurrency (issue 12, field case F17): a link first takes the write locks of both ends, so identical links run one
 * after the other and exactly one answers `created: true`. A check of the acyclic rule is only sound when no other
 * link can change the paths it reads, so a PART_OF or FOLLOWS link locks the whole component the two ends belong to
 * (every entity joined to them by that type, either way), reading it again after each round of locks until nothing
 * new appears: any other link that could close a cycle with this one must lock a node of that component and waits
 * (Neo4j reports a deadlock between two such links as transient, and the executor retries it).
 */
export class RelationshipWriteService {
  /**
   * @param actor who writes (the token subject), stored as `updatedBy`
   * @param shape turns a written end into what resolvers return (the request's EntityReader.objectOf, which knows
   *   every type's fields)
   */
  constructor(
    private readonly executor: Executor,
    private readonly actor: string,
    private readonly shape: (record: EntityRecord) => EntityObject,
  ) {}

  /**
   * Creates `from -[type]-> to`, or updates the properties of the one there is (idempotent).
   * @throws BadUserInputError naming `input.from`/`input.to` (missing entity, self-link, cycle) or `input.type`
   *   (endpoints the type does not allow)
   */
  async link(request: LinkRequest): Promise<LinkResult> {
    const { type, from, to } = request;
    if (from === to)
      throw BadUserInputError.of('input.to', 'must differ from input.from: an entity is not linked to itself');
    return this.executor.writeTransaction(async (tx) => {
      const repository = new WriteRepository(tx, this.actor);
      await lockForLink(repository, type, from, to);
      const types = await repository.entityTypes(from, to);
      const missing: FieldProblem[] = [];
      for (const [field, id] of [
        ['input.from', from],
        ['input.to', to],
      ] as const) {
        if (!types.get(id)) missing.push({ field, reason: `no entity has the id "${id}"` });
      }
      if (missing.length) throw new BadUserInputError(missing);
      const problem = endpointProblem(type, types.get(from)!, types.get(to)!);
      if (problem) throw BadUserInputError.of('input.type', problem);
      const written = await repository.mergeRelationship(
        type,
        from,
        to,
        toStoredValues(definedOnly(request.props)),
        request.sources === undefined ? null : (request.sources ?? []),
      );
      if (ACYCLIC_TYPES.has(type) && (await repository.closesCycle(type, from, to))) {
        throw BadUserInputError.of(
          'input.to',
          `${to} already leads back to ${from} through ${type}; this link would make a cycle`,
        );
      }
      return {
        type,
        from: this.shape(written.from),
        to: this.shape(written.to),
        relationship: toRelationshipObject(written.relationship),
        created: written.created,
      };
    });
  }

  /**
   * Removes `from -[type]-> to`.
   * @throws RelationshipNotFoundError when there is no such relationship
   */
  async unlink(
    type: RelationshipType,
    from: string,
    to: string,
  ): Promise<{ type: RelationshipType; from: string; to: string }> {
    return this.executor.writeTransaction(async (tx) => {
      const removed = await new WriteRepository(tx, this.actor).deleteRelationship(type, from, to);
      if (removed === 0) throw new RelationshipNotFoundError(type, from, to);
      return { type, from, to };
    });
  }
}

/** Locks both ends; for an acyclic type, then every entity of their component until the component stops growing. */
async function lockForLink(
  repository: WriteRepository,
  type: RelationshipType,
  from: string,
  to: string,
): Promise<void> {
  const locked = new Set(await repository.lockEntities([from, to]));
  if (!ACYCLIC_TYPES.has(type)) return;
  // Bounded: every round locks at least one more entity, and a component holds at most a few hundred.
  for (let round = 0; round < 1_000; round += 1) {
    const unlocked = (await repository.linkedComponent(type, from, to)).filter((id) => !locked.has(id));
    if (unlocked.length === 0) return;
    for (const id of await repository.lockEntities(unlocked)) locked.add(id);
  }
}

function definedOnly(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}
