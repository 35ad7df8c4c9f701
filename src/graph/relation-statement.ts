import neo4j from 'neo4j-driver';
import { ENTITY_LABEL } from '../domain/entity-types';
import { BadUserInputError } from '../errors/api-errors';
import { CypherParams, label, Statement } from './cypher-identifiers';
import { EntityDefinition } from './entity-definition';
import { checkCursorOrdering, keysetPredicate, orderByTerms } from './keyset';
import { ConnectionArguments, resolveOrdering } from './list-arguments';
import { resolvePageWindow } from './page-window';
import { EntitySelection } from './entity-selection';
import { nodeProjection } from './projection';
import { PagedStatement } from './read-statements';
import { compileWhere } from './where-compiler';

/**
 * The variables a relation's Cypher text is written over: the parent node, the related (target) node and, when the
 * pattern binds one, the relationship whose properties the edge shows.
 */
export interface RelationVariables {
  parent: string;
  target: string;
  rel: string;
}

/**
 * A relationship field: how to get from a parent node to the related nodes. `pattern` is fixed Cypher text written
 * in our modules (labels and types from the allow-lists) as a function of the variables (the read side's one
 * placeholder convention, see NodePattern); it binds `rel` when the field shows the relationship's own properties,
 * and may be a longer path for derived fields (an event's countries through its places).
 */
export interface RelationSpec {
  /** Unique name, e.g. `Event.hostedBy`. */
  name: string;
  pattern: (v: RelationVariables) => string;
  /** True when `pattern` binds `rel` to a single relationship whose properties the edge shows. */
  bindsRelationship: boolean;
  /** Extra predicate over parent and target the related nodes must meet (fixed text from our code). */
  condition?: (v: RelationVariables) => string;
  target: EntityDefinition<never>;
  /**
   * For `asOf`: a predicate over the variables stating that the link held in the year `yearParam` (see
   * graph/as-of.ts); it takes the place of `condition` (which states the link now). Absent when the field has no
   * years to honour.
   */
  during?: (v: RelationVariables, yearParam: string) => string;
}

/** Arguments of a relationship field: a connection's, and `asOf`, the year the relationships must hold in. */
export interface RelationArguments extends ConnectionArguments {
  asOf?: number | null;
}

/** One relationship field asked of one or more parents with the same arguments and selection. */
export interface RelationBranchRequest {
  spec: RelationSpec;
  args: RelationArguments;
  /** What is selected on the related entities and edges (undefined: read everything). */
  selection?: EntitySelection;
  parentIds: readonly string[];
  /** The page size cap (config.maxPageSize). */
  maxPageSize: number;
}

/** The variables every relation statement uses. */
const VARIABLES: RelationVariables = { parent: 'n', target: 'm', rel: 'r' };

/**
 * The parts of a relation read over chosen variables, shared by the per-level branch ({@link relationBranch}) and the
 * read-ahead of a whole selection (graph/read-ahead.ts): the page window and ordering, the clauses that match the
 * related nodes (with extra conditions: the cursor cut, or none for the count), the cut itself, the `LIMIT`
 * parameter and the projection of a page node. Parameters are added in one fixed order (filter, `asOf`, cursors,
 * limit), so the statements built from these parts are stable for their snapshots.
 * @throws BadUserInputError for bad paging arguments, cursors or order fields, or `asOf` on a field without years
 */
export function relationParts(
  request: Omit<RelationBranchRequest, 'parentIds'>,
  variables: RelationVariables,
  params: CypherParams,
) {
  const { spec, args, selection } = request;
  const { target, rel } = variables;
  const window = resolvePageWindow(args, request.maxPageSize);
  const ordering = resolveOrdering(spec.target, args.orderBy);
  checkCursorOrdering(ordering, window);
  const filter = compileWhere(args.where as never, spec.target.filters, target, params);
  const during =
    args.asOf === undefined || args.asOf === null ? undefined : duringYear(spec, variables, args.asOf, params);
  const cut = [
    window.after ? keysetPredicate(target, ordering, window.after, 'after', params) : undefined,
    window.before ? keysetPredicate(target, ordering, window.before, 'before', params) : undefined,
  ];
  const limit = params.add(neo4j.int(window.size + 1));
  const matching = (conditions: (string | undefined)[]) => {
    const where = [during ?? spec.condition?.(variables), filter, ...conditions].filter(Boolean).join(' AND ');
    return [
      `  MATCH ${spec.pattern(variables)}`,
      where ? `  WHERE ${where}` : '',
      `  WITH DISTINCT ${target}, ${spec.bindsRelationship ? rel : `null AS ${rel}`}`,
    ].filter(Boolean);
  };
  return {
    window,
    ordering,
    cut,
    limit,
    matching,
    orderBy: orderByTerms(target, ordering, window.backward),
    projection: nodeProjection(target, spec.target, selection?.fields, ordering.key.property),
    withRelationship: spec.bindsRelationship && (selection?.relationship ?? true),
    withTotal: selection?.total ?? true,
  };
}

/**
 * One UNION branch (see {@link relationStatement}): per parent id, the related nodes filtered, cut at the cursor,
 * ordered and limited to the page (a top-N per parent, so a host of 500 events costs a page of them, not a sort of
 * all 500), and only the page's nodes projected to the selected properties; the count of all matches only when
 * `totalCount` is asked. Rows: `g` (= `index`), `pid`, `total` (null when not asked), `page` (list of `{node, rel}`).
 * @throws BadUserInputError for bad paging arguments, cursors or order fields, or `asOf` on a field without years
 */
export function relationBranch(request: RelationBranchRequest, index: number, params: CypherParams): PagedStatement {
  const { parent, rel } = VARIABLES;
  const parts = relationParts(request, VARIABLES, params);
  const related = (conditions: (string | undefined)[]) => [
    `  MATCH (${parent}:${label(ENTITY_LABEL)} {id: pid})`,
    ...parts.matching(conditions),
  ];
  const cypher = [
    `UNWIND ${params.add([...request.parentIds])} AS pid`,
    'CALL (pid) {',
    ...related(parts.cut),
    `  ORDER BY ${parts.orderBy} LIMIT ${parts.limit}`,
    `  RETURN collect({node: ${parts.projection}, rel: ${parts.withRelationship ? rel : 'null'}}) AS page`,
    '}',
    ...(parts.withTotal ? ['CALL (pid) {', ...related([]), '  RETURN count(*) AS total', '}'] : []),
    `RETURN ${index} AS g, pid, ${parts.withTotal ? 'total' : 'null AS total'}, page`,
  ].join('\n');
  return { cypher, params: params.values, window: parts.window, ordering: parts.ordering };
}

/**
 * The branches of one tick's relationship fields as one statement, a `UNION ALL` of them (their parameters were
 * named by the one `params` they share).
 */
export function relationStatement(branches: readonly Statement[], params: CypherParams): Statement {
  return { cypher: branches.map((branch) => branch.cypher).join('\nUNION ALL\n'), params: params.values };
}

/**
 * The field's `during` predicate for the year.
 * @throws BadUserInputError when the field has no years to honour
 */
function duringYear(spec: RelationSpec, variables: RelationVariables, year: number, params: CypherParams): string {
  if (!spec.during) throw BadUserInputError.of('asOf', `${spec.name} has no since/until to honour`);
  return spec.during(variables, params.add(neo4j.int(year)));
}
