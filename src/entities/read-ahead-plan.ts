import {
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  GraphQLResolveInfo,
  isObjectType,
  SelectionSetNode,
} from 'graphql';
import { EntityType } from '../domain/entity-types';
import { READ_AHEAD_DEPTH, ReadAheadField } from '../graph/read-ahead';
import { RelationArguments } from '../graph/relation-loader';
import { entitySelectionSets, fieldsByResponseKey, selectionOfNodes } from '../graphql/selection';
import { RelationField, relationFieldsOf } from './relationship-fields';

const fieldsOfType = new Map<EntityType, Map<string, RelationField>>();

function relationFieldMap(type: EntityType): Map<string, RelationField> {
  let map = fieldsOfType.get(type);
  if (!map) {
    map = new Map(relationFieldsOf(type).map((field) => [field.field, field]));
    fieldsOfType.set(type, map);
  }
  return map;
}

/**
 * The relationship fields a query asks under entities of `type` (in `sets`, the selection sets that select those
 * entities), each with the arguments and selection its resolver will pass to the relation loader
 * (entity-resolver-factory.ts) and the fields asked below it, down to READ_AHEAD_DEPTH levels: the plan a root list
 * or lookup reads ahead (graph/read-ahead.ts). A field under `@skip`/`@include`, or whose arguments cannot be read,
 * is left out (its resolver then reads it as before). Throws nothing.
 */
export function readAheadFields(
  info: GraphQLResolveInfo,
  type: EntityType,
  sets: ReadonlyArray<SelectionSetNode | undefined>,
  depth = 1,
): ReadAheadField[] {
  const objectType = info.schema.getType(type);
  if (!isObjectType(objectType) || depth > READ_AHEAD_DEPTH) return [];
  const relationFields = relationFieldMap(type);
  const found: ReadAheadField[] = [];
  for (const nodes of fieldsByResponseKey(info.fragments, sets).values()) {
    const relation = relationFields.get(nodes[0].name.value);
    const definition = objectType.getFields()[nodes[0].name.value];
    if (!relation || !definition || nodes.some((node) => node.directives?.length)) continue;
    let given: Record<string, unknown>;
    try {
      given = getArgumentValues(definition, nodes[0], info.variableValues);
    } catch {
      continue;
    }
    const asOf = given.asOf as number | null | undefined;
    const args: RelationArguments = relation.single
      ? asOf === undefined || asOf === null
        ? { first: 1 }
        : { first: 1, asOf }
      : given;
    const below = relation.single ? undefined : connectionEntitySets(nodes, info.fragments);
    found.push({
      spec: relation.spec,
      args,
      selection: selectionOfNodes(nodes, info.fragments),
      children: readAheadFields(
        info,
        relation.spec.target.type,
        below ?? (relation.single ? nodes.map((node) => node.selectionSet) : []),
        depth + 1,
      ),
    });
  }
  return found;
}

/**
 * The selection sets that ask for a connection's entities (`nodes`, `edges { node }`), or undefined when a directive
 * stands anywhere on the way to them (`nodes @skip(if: true)`, `... @include(if: $x) { edges { ... } }`): whether
 * those entities are shown at all is then decided only as the query runs, so nothing under them is read ahead
 * (what a query does not show must not be read for it). Root lists use it too.
 */
export function connectionEntitySets(
  fieldNodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): Array<SelectionSetNode | undefined> | undefined {
  const directed = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.directives?.length) return true;
      if (selection.kind === 'InlineFragment') return directed(selection.selectionSet, seen);
      if (selection.kind === 'FragmentSpread') {
        if (seen.has(selection.name.value)) return false;
        seen.add(selection.name.value);
        return directed(fragments[selection.name.value]?.selectionSet, seen);
      }
      // Down to the edge's fields: `edges { node @skip(if: true) { ... } }`.
      return selection.name.value === 'edges' && directed(selection.selectionSet, seen);
    });
  if (fieldNodes.some((node) => directed(node.selectionSet, new Set()))) return undefined;
  return entitySelectionSets(fieldNodes, fragments);
}
