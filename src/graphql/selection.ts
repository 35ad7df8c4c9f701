import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;
import { EntitySelection } from '../graph/entity-selection';

/**
 * The fields selected directly in `sets`, through inline and named fragments, as name → the field nodes that
 * select it (one name may be selected several times, e.g. under aliases).
 */
export function selectedFields(
  fragments: Fragments,
  sets: ReadonlyArray<SelectionSetNode | undefined>,
): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field')
        found.set(selection.name.value, [...(found.get(selection.name.value) ?? []), selection]);
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
  const top = selectedFields(
    fragments,
    fieldNodes.map((node) => node.selectionSet),
  );
  if (!isConnectionSelection(top)) return { fields: [...top.keys()].sort(), relationship: false, total: false };
  const edgeFields = selectedFields(
    fragments,
    (top.get('edges') ?? []).map((edge) => edge.selectionSet),
  );
  return {
    fields: [...selectedFields(fragments, entitySets(top, edgeFields)).keys()].sort(),
    relationship: edgeFields.has('relationship'),
    total: top.has('totalCount'),
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
  const top = selectedFields(
    fragments,
    fieldNodes.map((node) => node.selectionSet),
  );
  if (!isConnectionSelection(top)) return fieldNodes.map((node) => node.selectionSet);
  const edgeFields = selectedFields(
    fragments,
    (top.get('edges') ?? []).map((edge) => edge.selectionSet),
  );
  return entitySets(top, edgeFields);
}

function isConnectionSelection(top: Map<string, FieldNode[]>): boolean {
  return top.has('edges') || top.has('nodes') || top.has('pageInfo') || top.has('totalCount');
}

function entitySets(top: Map<string, FieldNode[]>, edgeFields: Map<string, FieldNode[]>) {
  return [...(top.get('nodes') ?? []), ...(edgeFields.get('node') ?? [])].map((node) => node.selectionSet);
}
