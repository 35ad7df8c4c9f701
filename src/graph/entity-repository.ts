import { PlainNode } from '../db/driver-values';
import { buildConnection, ConnectionResult } from './connection';
import { EntityDefinition } from './entity-definition';
import { entityFromNode, EntityRecord, toEntityObject } from './entity-record';
import { ConnectionArguments } from './list-arguments';
import { PageArguments, resolvePageWindow } from './page-window';
import { Reader } from './statement-batcher';
import { EntitySelection } from './entity-selection';
import { ReadAheadField, readAheadPages } from './read-ahead';
import {
  countriesByCodeStatement,
  entitiesByIdStatement,
  entityReadingAheadStatement,
  listStatement,
} from './read-statements';
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

  /**
   * The entities with the given ids (any type); ids that do not exist are absent from the map. With `projection`,
   * only entities of its type, carrying only the properties its fields need (see entitiesByIdStatement).
   */
  async findByIds(
    ids: readonly string[],
    projection?: { definition: EntityDefinition<never>; fields: readonly string[] },
  ): Promise<Map<string, EntityRecord>> {
    const statement = entitiesByIdStatement(ids, this.reader.params(), projection);
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
   * Checks the paging arguments as a list read would (page-window.ts), for a read that will not page: a count-only
   * list must refuse `first: 100000` as any other list does, not answer it.
   * @throws BadUserInputError naming the argument and the reason
   */
  checkPageArguments(args: PageArguments): void {
    resolvePageWindow(args, this.maxPageSize);
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
    readAhead?: readonly ReadAheadField[],
  ): Promise<ConnectionResult> {
    const request = { definition, args, withTotal, selection, maxPageSize: this.maxPageSize, readAhead };
    const statement = listStatement(request, this.reader.params());
    const [row] = await this.reader.read(statement.cypher, statement.params, ['total', 'nodes']);
    const nodes = (row?.nodes as Array<PlainNode & { related?: unknown }> | undefined) ?? [];
    const fetched = nodes.map((node) => ({
      node: toEntityObject(entityFromNode(node), definition.fields),
      relationship: null,
    }));
    const total = withTotal ? Number(row?.total ?? 0) : null;
    const connection = buildConnection(fetched, statement.window, statement.ordering, total);
    const planned = statement.readAhead;
    if (planned)
      connection.readAhead = nodes.flatMap((node, k) => readAheadPages(planned, fetched[k].node.id, node.related));
    return connection;
  }

  /**
   * The entity of `definition`'s type with this id, null when there is none (or it is of another type), read with the
   * relationship fields asked under it (graph/read-ahead.ts): the record and the pages read ahead.
   */
  async findReadingAhead(
    definition: EntityDefinition<never>,
    id: string,
    fields: readonly ReadAheadField[],
  ): Promise<{ record: EntityRecord; pages: ReturnType<typeof readAheadPages> } | null> {
    const statement = entityReadingAheadStatement(definition, id, fields, this.reader.params(), this.maxPageSize);
    const [row] = await this.reader.read(statement.cypher, statement.params, ['n']);
    if (!row) return null;
    const node = row.n as PlainNode & { related?: unknown };
    const record = entityFromNode(node);
    return { record, pages: statement.readAhead ? readAheadPages(statement.readAhead, record.id, node.related) : [] };
  }
}
