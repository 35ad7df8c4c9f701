import { ENTITY_LABEL } from '../domain/entity-types';
import { PlainNode } from '../db/driver-values';
import { buildConnection, ConnectionResult } from './connection';
import { label } from './cypher-identifiers';
import { EntityDefinition } from './entity-definition';
import { entityFromNode, EntityRecord, toEntityObject } from './entity-record';
import { checkCursorOrdering, keysetPredicate, orderByTerms } from './keyset';
import { ConnectionArguments, resolveOrdering } from './list-arguments';
import { fetchLimit, resolvePageWindow } from './page-window';
import { Reader } from './statement-batcher';
import { nodeProjection } from './projection';
import { EntitySelection } from './entity-selection';
import { anchorWhere, compileWhere, LogicalWhere } from './where-compiler';

/**
 * Reads entities: by id (batched) and as filtered, ordered, keyset-paged connections. One statement per call, sent
 * through `reader` (in a request, the StatementBatcher joins it with the other reads of its nesting level).
 */
export class EntityRepository {
  constructor(
    private readonly reader: Reader,
    private readonly maxPageSize: number,
  ) {}

  /** The entities with the given ids (any type); ids that do not exist are absent from the map. */
  async findByIds(ids: readonly string[]): Promise<Map<string, EntityRecord>> {
    const params = this.reader.params();
    const rows = await this.reader.read(`MATCH (n:${label(ENTITY_LABEL)}) WHERE n.id IN ${params.add([...new Set(ids)])} RETURN n`, params.values, ['n']);
    return new Map(rows.map((row) => {
      const record = entityFromNode(row.n as PlainNode);
      return [record.id, record];
    }));
  }

  /** Countries by ISO code (upper case); missing codes are absent from the map. */
  async findCountriesByCode(codes: readonly string[]): Promise<Map<string, EntityRecord>> {
    const params = this.reader.params();
    const rows = await this.reader.read(`MATCH (n:${label('Country')}) WHERE n.code IN ${params.add([...new Set(codes)])} RETURN n`, params.values, ['n']);
    return new Map(rows.map((row) => {
      const record = entityFromNode(row.n as PlainNode);
      return [String(record.properties.code), record];
    }));
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
    const window = resolvePageWindow(args, this.maxPageSize);
    const ordering = resolveOrdering(definition as EntityDefinition<never>, args.orderBy);
    checkCursorOrdering(ordering, window);
    const params = this.reader.params();
    const anchor = anchorWhere(args.where, definition.filters, 'm', params);
    const filter = compileWhere(anchor ? anchor.rest : args.where, definition.filters, 'm', params);
    const boundaries = [
      window.after ? keysetPredicate('m', ordering, window.after, 'after', params) : undefined,
      window.before ? keysetPredicate('m', ordering, window.before, 'before', params) : undefined,
    ].filter(Boolean);
    const nodeLabel = label(definition.type);
    // Either every node of the label, or the nodes an anchored filter leads to (DISTINCT: a node reached twice, e.g.
    // an event held in two Belgian cities, counts once; WITH also ends the anchor's own variables' scope).
    const matching = (conditions: (string | undefined)[]) => {
      const where = conditions.filter(Boolean).join(' AND ');
      return anchor
        ? `${anchor.clauses} WITH DISTINCT m WHERE m:${nodeLabel}${where ? ` AND ${where}` : ''}`
        : `MATCH (m:${nodeLabel})${where ? ` WHERE ${where}` : ''}`;
    };
    const statement = [
      withTotal
        ? `CALL () { ${matching([filter])} RETURN count(m) AS total }`
        : 'CALL () { RETURN null AS total }',
      `CALL () { ${matching([filter, ...boundaries])}`,
      `  WITH m ORDER BY ${orderByTerms('m', ordering, window.backward)} LIMIT ${params.add(fetchLimit(window))}`,
      `  RETURN collect(${nodeProjection('m', definition as EntityDefinition<never>, selection?.fields, ordering.key.property)}) AS nodes }`,
      'RETURN total, nodes',
    ].join('\n');
    const [row] = await this.reader.read(statement, params.values, ['total', 'nodes']);
    const nodes = (row?.nodes as PlainNode[] | undefined) ?? [];
    const fetched = nodes.map((node) => ({ node: toEntityObject(entityFromNode(node), definition.fields), relationship: null }));
    return buildConnection(fetched, window, ordering, withTotal ? Number(row?.total ?? 0) : null);
  }
}
