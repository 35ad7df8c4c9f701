import { GraphQLFieldResolver, GraphQLSchema, isUnionType } from 'graphql';
import { BadUserInputError } from '../errors/api-errors';

/**
 * Wraps the `_entities` resolver of a built subgraph schema so that a representation a router would never send
 * (not an object, no `__typename`, or a `__typename` that is not a federation entity of ours, e.g. "Nope" or
 * SourceDocument) is answered with a BAD_USER_INPUT error at its own position, `representations[i].__typename`,
 * and null there, while the other representations are still resolved. @apollo/subgraph throws a plain Error for
 * them, which fails the whole field and is masked as INTERNAL_SERVER_ERROR (found by the fresh-user trial).
 * @param schema the schema buildSubgraphSchema returned; changed in place and returned
 */
export function guardEntitiesField(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const entityUnion = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(entityUnion)) return schema;
  const entityTypes = new Set(entityUnion.getTypes().map((type) => type.name));
  const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown, { representations: unknown[] }>;
  const guarded: GraphQLFieldResolver<unknown, unknown, { representations: unknown[] }> = async (source, args, context, info) => {
    const problems = args.representations.map((representation: unknown, index: number) => representationProblem(representation, index, entityTypes));
    if (problems.every((problem) => problem === undefined)) return resolve(source, args, context, info);
    const valid = args.representations.filter((_, index) => problems[index] === undefined);
    const resolved = valid.length ? ((await resolve(source, { ...args, representations: valid }, context, info)) as unknown[]) : [];
    let next = 0;
    // graphql-js turns an Error list item into null plus an error at that item's path.
    return problems.map((problem) => problem ?? resolved[next++]);
  };
  field.resolve = guarded as GraphQLFieldResolver<unknown, unknown>;
  return schema;
}

function representationProblem(representation: unknown, index: number, entityTypes: Set<string>): BadUserInputError | undefined {
  const field = `representations[${index}].__typename`;
  if (typeof representation !== 'object' || representation === null || Array.isArray(representation)) {
    return BadUserInputError.of(`representations[${index}]`, 'a representation is an object with __typename and a key field (id; code for Country)');
  }
  const typename = (representation as { __typename?: unknown }).__typename;
  if (typeof typename !== 'string') return BadUserInputError.of(field, '__typename is required');
  if (!entityTypes.has(typename)) return BadUserInputError.of(field, `"${typename.slice(0, 100)}" is not an entity type of this subgraph (${[...entityTypes].sort().join(', ')})`);
  return undefined;
}
