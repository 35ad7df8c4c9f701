import { PlainNode } from '../db/driver-values';
import { buildConnection, ConnectionResult } from './connection';
import { EntityDefinition } from './entity-definition';
import { entityFromNode, EntityRecord, toEntityObject } from './entity-record';
import { ConnectionArguments } from './list-arguments';
import { Reader } from './statement-batcher';
import { EntitySelection } from './entity-selection';
import { countriesByCodeStatement, entitiesByIdStatement, listStatement } from './read-statements';
import { LogicalWhere } from './where-compiler';

/**
 * Reads entities: by id (batched) and as filtered, ordered, keyset-paged connections. One statement per call, built
 * by graph/read-statements.ts and sent through `reader` (in a request, the StatementBatcher joins it with the other
 * reads of its nesting level).
 */
export class EntityRepository {
  constructor(
    private readonly reader: Reader,
    private readonly maxPageSize: number,
  ) {}

  /** The entities with the given ids (any type); ids that do not exist are absent from the map. */
  async findByIds(ids: readonly string[]): Promise<Map<string, EntityRecord>> {
    const statement = entitiesByIdStatement(ids, this.reader.params());
    const rows = await this.reader.read(statement.cypher, statement.params, ['n']);
    return new Map(
      rows.map((row) => {
        const record = entityFromNode(row.n as PlainNode);
        return [record.id, record];
      }),
    );
  }

  /** Countries by ISO code (upper case); missing codes are absent from the map. */
  async findCountriesByCode(codes: readonly string[]): Promise<Map<string, EntityRecord>> {
    const statement = countriesByCodeStatement(codes, this.reader.params());
    const rows = await this.reader.read(statement.cypher, statement.params, ['n']);
    return new Map(
      rows.map((row) => {
        const record = entityFromNode(row.n as PlainNode);
        return [String(record.properties.code), record];
      }),
    );
  }

  /**
   * One page of entities of a type, filtered by `where`, ordered by `orderBy` (nulls last, id as tie-breaker) and
   * paged by keyset cursors. `withTotal` adds the count of all matches (skipped when the client did not ask);
   * `selection` (what is asked of the entities) limits the properties read.
   * @throws BadUserInputError for bad paging arguments, cursors or order fields
   */
  async list<W extends LogicalWhere<W>>(
    definition: EntityDefinition<W>,
    args: ConnectionArguments<W>,
    withTotal: boolean,
    selection?: EntitySelection,
  ): Promise<ConnectionResult> {
    const request = { definition, args, withTotal, selection, maxPageSize: this.maxPageSize };
    const statement = listStatement(request, this.reader.params());
    const [row] = await this.reader.read(statement.cypher, statement.params, ['total', 'nodes']);
    const nodes = (row?.nodes as PlainNode[] | undefined) ?? [];
    const fetched = nodes.map((node) => ({
      node: toEntityObject(entityFromNode(node), definition.fields),
      relationship: null,
    }));
    return buildConnection(fetched, statement.window, statement.ordering, withTotal ? Number(row?.total ?? 0) : null);
  }
}
