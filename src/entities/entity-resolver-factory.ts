import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ClassType, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { EntityObject } from '../graph/entity-record';
import { RelationArguments } from '../graph/relation-loader';
import { ConnectionArguments } from '../graph/list-arguments';
import { AsOfArgs } from '../graphql/as-of.args';
import { selectionOf, selectsField } from '../graphql/selection';
import { connectionEntitySets, readAheadFields } from './read-ahead-plan';
import { GraphContext } from '../context/graph-context';
import { EntityGraphQL } from './entity-graphql';
import { RelationField } from './relationship-fields';

/**
 * Makes the resolver class of one entity type (issue 14, "declare once, derive the rest"): its two root queries
 * (`event(id:)`, `events(...)`: named by `entity.one` and `entity.list`) and one field resolver per relationship
 * field of the type (relationship-fields.ts), each a connection of the target type paged and filtered by the target's
 * connection arguments, plus `asOf` where the relationships are dated, or one entity for a `single` field.
 * `graphqlOf` gives the target types' GraphQL classes. Arguments are validated by type-graphql before a resolver
 * runs; nothing is thrown here (the loaders' errors reach the client as their codes). With `config.readAhead`, the
 * relationship fields asked under a root list or lookup are read in its statement (graph/read-ahead.ts) and handed to
 * the relation loader, so their resolvers below cost no further round trip.
 */
export function entityResolver(
  entity: EntityGraphQL,
  fields: readonly RelationField[],
  graphqlOf: (type: RelationField['spec']['target']['type']) => EntityGraphQL,
): ClassType {
  const { definition, objectType, connection, connectionArgs, one, list } = entity;
  const type = definition.type;
  const listDescription = `${list[0].toUpperCase()}${list.slice(1)}, filtered, ordered and paged (Relay connection).`;

  @Resolver(() => objectType)
  class EntityResolver {
    @Query(() => objectType, { name: one, nullable: true, description: `The ${type} with this id, or null.` })
    async one(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
      const ahead = ctx.config.readAhead
        ? readAheadFields(
            info,
            type,
            info.fieldNodes.map((n) => n.selectionSet),
          )
        : [];
      if (!ahead.length) return ctx.entities.byId(id, type);
      const { entity, pages } = await ctx.entities.byIdReadingAhead(id, type, ahead);
      ctx.relations.primeAll(pages);
      return entity;
    }

    @Query(() => connection, { name: list, nullable: true, description: listDescription })
    async list(
      @Args(() => connectionArgs) args: ConnectionArguments<never>,
      @Ctx() ctx: GraphContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      const ahead = ctx.config.readAhead
        ? readAheadFields(info, type, connectionEntitySets(info.fieldNodes, info.fragments) ?? [])
        : [];
      const result = await ctx.entities.list(
        definition,
        args,
        selectsField(info, 'totalCount'),
        selectionOf(info),
        ahead.length ? ahead : undefined,
      );
      ctx.relations.primeAll(result.readAhead);
      delete result.readAhead;
      return result;
    }
  }

  for (const field of fields) addRelationField(EntityResolver.prototype, field, graphqlOf(field.spec.target.type));
  Object.defineProperty(EntityResolver, 'name', { value: `${type}Resolver` });
  return EntityResolver;
}

/**
 * Adds the resolver of one relationship field to a generated resolver class: a method (named after the field, with
 * a suffix so it cannot meet the queries' methods) and the decorators type-graphql reads, applied as the compiler
 * would apply them to a written method.
 */
function addRelationField(prototype: object, field: RelationField, target: EntityGraphQL): void {
  const methodName = `${field.field}Field`;
  const { spec, single, dated } = field;
  const decorators: Array<ReturnType<typeof Root>> = [Root(), Ctx(), Info()];
  if (!single) decorators.push(Args(() => target.connectionArgs));
  if (dated) decorators.push(Args(() => AsOfArgs));
  const method = (root: EntityObject, ctx: GraphContext, info: GraphQLResolveInfo, ...args: object[]) => {
    const asOf = dated ? (args[args.length - 1] as AsOfArgs).asOf : undefined;
    if (single) return ctx.relations.single(root.id, spec, selectionOf(info), asOf);
    const page = args[0] as RelationArguments;
    return ctx.relations.connection(root.id, spec, dated ? { ...page, asOf } : page, selectionOf(info));
  };
  Object.defineProperty(prototype, methodName, { value: method, writable: true, configurable: true });
  const returns = single ? target.objectType : target.connection;
  const options = { name: field.field, description: field.description, ...(single ? { nullable: true } : {}) };
  FieldResolver(() => returns, options)(prototype, methodName, Object.getOwnPropertyDescriptor(prototype, methodName)!);
  // As the compiler does: parameter decorators from the last parameter to the first (it puts `asOf` first in the SDL).
  for (let index = decorators.length - 1; index >= 0; index -= 1) decorators[index](prototype, methodName, index);
}
