import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { EntitySelection } from '../graph/entity-selection';

/**
 * The fields selected directly in `sets`, through inline and named fragments, as name → the field nodes that
 * select it (one name may be selected several times, e.g. under aliases).
 */
function selectedFields(info: GraphQLResolveInfo, sets: Array<SelectionSetNode | undefined>): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field')
        found.set(selection.name.value, [...(found.get(selection.name.value) ?? []), selection]);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
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
    info,
    info.fieldNodes.map((node) => node.selectionSet),
  ).has(name);
}

/**
 * What the field being resolved asks of the entities it returns: for a connection, the fields under `nodes` and
 * `edges { node }` and whether `edges { relationship }` is asked; for a field returning one entity, its own
 * selection. The graph layer reads only what these need from Neo4j (see graph/projection.ts).
 */
export function selectionOf(info: GraphQLResolveInfo): EntitySelection {
  const top = selectedFields(
    info,
    info.fieldNodes.map((node) => node.selectionSet),
  );
  const isConnection = top.has('edges') || top.has('nodes') || top.has('pageInfo') || top.has('totalCount');
  if (!isConnection) return { fields: [...top.keys()].sort(), relationship: false, total: false };
  const edgeFields = selectedFields(
    info,
    (top.get('edges') ?? []).map((edge) => edge.selectionSet),
  );
  const nodeSets = [...(top.get('nodes') ?? []), ...(edgeFields.get('node') ?? [])].map((node) => node.selectionSet);
  return {
    fields: [...selectedFields(info, nodeSets).keys()].sort(),
    relationship: edgeFields.has('relationship'),
    total: top.has('totalCount'),
  };
}
