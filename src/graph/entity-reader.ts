import DataLoader from 'dataloader';
import { EntityType } from '../domain/entity-types';
import { ConnectionResult } from './connection';
import { EntityDefinition } from './entity-definition';
import { EntityObject, EntityRecord, toEntityObject } from './entity-record';
import { EntityRepository } from './entity-repository';
import { ConnectionArguments } from './list-arguments';
import { LogicalWhere, referencedIds } from './where-compiler';
import { BadUserInputError } from '../errors/api-errors';
import { EntitySelection } from './entity-selection';
import { ReadAheadField, ReadAheadPage } from './read-ahead';

/**
 * Per-request entity access for resolvers: lookups by id or country code are batched and cached (DataLoader), so
 * `node(id:)`, `_entities` and repeated lookups cost one round trip per tick; lists go straight to the repository.
 */
export class EntityReader {
  private readonly byIdLoader: DataLoader<string, EntityRecord | null>;
  private readonly byCodeLoader: DataLoader<string, EntityRecord | null>;
  /** Loaders of projected entities, one per type and selection (their records lack what was not selected). */
  private readonly selectingLoaders = new Map<string, DataLoader<string, EntityRecord | null>>();

  constructor(
    private readonly repository: EntityRepository,
    private readonly definitions: Record<EntityType, EntityDefinition<never>>,
  ) {
    this.byIdLoader = this.idLoader();
    this.byCodeLoader = new DataLoader(async (codes) => {
      const found = await repository.findCountriesByCode(codes);
      return codes.map((code) => found.get(code) ?? null);
    });
  }

  /** A batching loader of entities by id, whole or with `projection` (see EntityRepository.findByIds). */
  private idLoader(projection?: { definition: EntityDefinition<never>; fields: readonly string[] }) {
    return new DataLoader<string, EntityRecord | null>(async (ids) => {
      const found = await this.repository.findByIds(ids, projection);
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** The entity with this id, or null; with `type`, also null when the entity is of another type. */
  async byId(id: string, type?: EntityType): Promise<EntityObject | null> {
    const record = await this.byIdLoader.load(id);
    if (!record || (type && record.type !== type)) return null;
    return toEntityObject(record, this.definitions[record.type].fields);
  }

  /**
   * The entity of `type` with this id, or null, carrying only the properties `fields` need (graph/projection.ts):
   * for a gateway's `_entities` batch, where 100 representations asking three fields read 47 kB of whole nodes at M
   * against 10 kB (issue 15). Batched per type and selection; kept apart from the whole-entity cache, so that no
   * other field finds a projected entity there.
   * @param fields the field names selected on the entity (graphql/selection.ts `selectionOf`), sorted
   */
  async byIdSelecting(id: string, type: EntityType, fields: readonly string[]): Promise<EntityObject | null> {
    const key = `${type}|${fields.join(',')}`;
    let loader = this.selectingLoaders.get(key);
    if (!loader) {
      loader = this.idLoader({ definition: this.definitions[type], fields });
      this.selectingLoaders.set(key, loader);
    }
    const record = await loader.load(id);
    return record && record.type === type ? toEntityObject(record, this.definitions[type].fields) : null;
  }

  /**
   * The entity of `type` with this id, or null, read in one statement with the relationship fields asked under it
   * (graph/read-ahead.ts); the pages read ahead come back for the relation loader, and the entity joins the by-id
   * cache.
   */
  async byIdReadingAhead(
    id: string,
    type: EntityType,
    fields: readonly ReadAheadField[],
  ): Promise<{ entity: EntityObject | null; pages: ReadAheadPage[] }> {
    const found = await this.repository.findReadingAhead(this.definitions[type], id, fields);
    if (!found) return { entity: null, pages: [] };
    this.byIdLoader.prime(id, found.record);
    return { entity: toEntityObject(found.record, this.definitions[type].fields), pages: found.pages };
  }

  /** A stored entity as resolvers return it, with the fields of its type's definition. */
  objectOf(record: EntityRecord): EntityObject {
    return toEntityObject(record, this.definitions[record.type].fields);
  }

  /** The country with this ISO 3166-1 alpha-2 code (any case), or null. */
  async countryByCode(code: string): Promise<EntityObject | null> {
    const record = await this.byCodeLoader.load(code.toUpperCase());
    return record ? toEntityObject(record, this.definitions.Country.fields) : null;
  }

  /**
   * A filtered, ordered page of one entity type (see EntityRepository.list). An empty first page whose `where` names
   * an entity id no stored entity has (`hostedBy: "org:cedfop"`) is an error, not an empty answer: "no events hosted
   * by it" would read as a fact about an organisation the graph does not hold (a fresh user's typo gave 0 silently).
   * Answers with results cost no extra round trip; an empty one with id filters costs one lookup. A list asked only for
   * its `totalCount` (selection.page false, read forwards) reads no page, only the count: the dashboard's key figures
   * ask `first: 1 { totalCount }` of six lists, and each sorted up to 634 rows at M to fill a page nobody read
   * (bench/results/2026-12-07T16-17-44-plans-M.md, issue 15).
   * @throws BadUserInputError naming the path of the first unknown id (`where.hostedBy`), never echoing the id
   */
  async list<W extends LogicalWhere<W>>(
    definition: EntityDefinition<W>,
    args: ConnectionArguments<W>,
    withTotal: boolean,
    selection?: EntitySelection,
    readAhead?: readonly ReadAheadField[],
  ): Promise<ConnectionResult> {
    const countOnly = withTotal && selection?.page === false && args.last == null && args.before == null;
    if (countOnly) this.repository.checkPageArguments(args);
    const result = await this.repository.list(
      definition,
      countOnly ? { ...args, first: 0 } : args,
      withTotal,
      selection,
      readAhead,
    );
    const answered = result.nodes.length > 0 || (countOnly && (result.totalCount ?? 0) > 0);
    if (answered || args.after || args.before || args.first === 0 || args.last === 0) return result;
    const references = referencedIds(args.where, definition.filters);
    if (!references.length) return result;
    const found = await this.byIdLoader.loadMany(references.map((reference) => reference.id));
    const unknown = references.find((_, i) => !found[i] || found[i] instanceof Error);
    if (unknown) throw BadUserInputError.of(unknown.path, 'no stored entity has this id');
    return result;
  }
}
