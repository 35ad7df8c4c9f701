import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { EntitySelection } from '../graph/entity-selection';

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * The fields selected directly in `sets`, through inline and named fragments, grouped by `keyOf` (the field's name,
 * or its response key). With `skipDirected`, fields and fragments under `@include`/`@skip` are left out.
 */
function collectFields(
  fragments: Fragments,
  sets: ReadonlyArray<SelectionSetNode | undefined>,
  keyOf: (field: FieldNode) => string,
  skipDirected: boolean,
): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (skipDirected && selection.kind !== 'Field' && selection.directives?.length) continue;
      if (selection.kind === 'Field') found.set(keyOf(selection), [...(found.get(keyOf(selection)) ?? []), selection]);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

/** As name → the field nodes that select it (one name may be selected several times, e.g. under aliases). */
function selectedFields(fragments: Fragments, sets: ReadonlyArray<SelectionSetNode | undefined>) {
  return collectFields(fragments, sets, (field) => field.name.value, false);
}

/**
 * As response key (alias or name) → its field nodes, as GraphQL executes them, leaving out fragments under
 * `@include`/`@skip` (the fields themselves keep their directives, for the caller to judge).
 */
export function fieldsByResponseKey(fragments: Fragments, sets: ReadonlyArray<SelectionSetNode | undefined>) {
  return collectFields(fragments, sets, (field) => field.alias?.value ?? field.name.value, true);
}

/**
 * True when the field being resolved selects `name` directly under it (through inline fragments and named
 * fragments too), e.g. whether a connection query asked for `totalCount`.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectedFields(
    info.fragments,
    info.fieldNodes.map((node) => node.selectionSet),
  ).has(name);
}

/**
 * What the field being resolved asks of the entities it returns: for a connection, the fields under `nodes` and
 * `edges { node }` and whether `edges { relationship }` is asked; for a field returning one entity, its own
 * selection. The graph layer reads only what these need from Neo4j (see graph/projection.ts).
 */
export function selectionOf(info: GraphQLResolveInfo): EntitySelection {
  return selectionOfNodes(info.fieldNodes, info.fragments);
}

/**
 * {@link selectionOf} for given field nodes (all those selecting one response key) and the operation's fragments:
 * what a field asked deeper in a query will ask, before its resolver runs (graph/read-ahead.ts).
 */
export function selectionOfNodes(fieldNodes: readonly FieldNode[], fragments: Fragments): EntitySelection {
  const levels = connectionLevels(fieldNodes, fragments);
  if (!levels.connection) return { fields: [...levels.top.keys()].sort(), relationship: false, total: false };
  return {
    fields: [...selectedFields(fragments, entitySets(levels.top, levels.edges)).keys()].sort(),
    relationship: levels.edges.has('relationship'),
    total: levels.top.has('totalCount'),
    page: levels.top.has('nodes') || levels.top.has('edges') || levels.top.has('pageInfo'),
  };
}

/**
 * The selection sets that ask for the entities of a field: under `nodes` and `edges { node }` for a connection, the
 * field's own for a field giving one entity.
 */
export function entitySelectionSets(
  fieldNodes: readonly FieldNode[],
  fragments: Fragments,
): Array<SelectionSetNode | undefined> {
  const levels = connectionLevels(fieldNodes, fragments);
  return levels.connection ? entitySets(levels.top, levels.edges) : fieldNodes.map((node) => node.selectionSet);
}

/** The fields selected under the field nodes, and, for a connection, those under its `edges`. */
function connectionLevels(fieldNodes: readonly FieldNode[], fragments: Fragments) {
  const top = selectedFields(
    fragments,
    fieldNodes.map((node) => node.selectionSet),
  );
  const connection = isConnectionSelection(top);
  const edges = connection
    ? selectedFields(
        fragments,
        (top.get('edges') ?? []).map((edge) => edge.selectionSet),
      )
    : new Map<string, FieldNode[]>();
  return { top, edges, connection };
}

function isConnectionSelection(top: Map<string, FieldNode[]>): boolean {
  return top.has('edges') || top.has('nodes') || top.has('pageInfo') || top.has('totalCount');
}

function entitySets(top: Map<string, FieldNode[]>, edgeFields: Map<string, FieldNode[]>) {
  return [...(top.get('nodes') ?? []), ...(edgeFields.get('node') ?? [])].map((node) => node.selectionSet);
}
