import { Args, Authorized, ClassType, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../context/graph-context';
import { MutationArgClasses } from './mutation-args';
import { writesFor } from './write-context';
import { EntityWriteSpec } from './write-spec';
import { DeletePayload } from './write.payloads';

/**
 * What one entity type's mutations need: its GraphQL type, how it is written, its argument classes and how to say it.
 */
export interface EntityMutations {
  /** The GraphQL type name, as in `create<Type>` ("Event", "PolicyDocument"). */
  typeName: string;
  /** The object type the mutations answer. */
  objectType: ClassType;
  write: EntityWriteSpec;
  args: MutationArgClasses<object, object>;
  /** The type with its article, for the descriptions ("an event", "a policy document"). */
  noun: string;
  /** When upsert updates rather than creates; default: when the id (given or made from the name) exists. */
  upsertUpdatesWhen?: string;
}

/**
 * Makes the resolver class of one entity type's writes (issue 14, "one factory makes the create/update/upsert/delete
 * resolvers of every entity type"): `create<Type>`, `update<Type>`, `upsert<Type>` (editor) and `delete<Type>`
 * (admin), thin over EntityWriteService; type-graphql validates the inputs first. Nothing is thrown here: the write
 * service's NotFound, Conflict and BadUserInput errors reach the client as their codes.
 */
export function entityMutationResolver(objectType: ClassType, spec: Omit<EntityMutations, 'objectType'>): ClassType {
  const { typeName, write, noun } = spec;
  const { CreateArgs, UpdateArgs, DeleteArgs } = spec.args;
  const the = noun.replace(/^an? /, 'the ');
  const upsertWhen = spec.upsertUpdatesWhen ?? 'its id (given or made from the name) exists';

  @Resolver()
  class EntityMutationResolver {
    @Authorized('editor')
    @Mutation(() => objectType, {
      name: `create${typeName}`,
      nullable: true,
      description: `Creates ${noun} (editor). CONFLICT when the id is taken.`,
    })
    create(@Args(() => CreateArgs) { input }: { input: object }, @Ctx() ctx: GraphContext) {
      return writesFor(ctx).entities.create(write, input);
    }

    @Authorized('editor')
    @Mutation(() => objectType, {
      name: `update${typeName}`,
      nullable: true,
      description: `Changes ${noun} (editor). NOT_FOUND when there is none with this id.`,
    })
    update(@Args(() => UpdateArgs) { id, input }: { id: string; input: object }, @Ctx() ctx: GraphContext) {
      return writesFor(ctx).entities.update(write, id, input);
    }

    @Authorized('editor')
    @Mutation(() => objectType, {
      name: `upsert${typeName}`,
      nullable: true,
      description: `Creates ${the}, or updates it when ${upsertWhen} (editor).`,
    })
    upsert(@Args(() => CreateArgs) { input }: { input: object }, @Ctx() ctx: GraphContext) {
      return writesFor(ctx).entities.upsert(write, input);
    }

    @Authorized('admin')
    @Mutation(() => DeletePayload, {
      name: `delete${typeName}`,
      nullable: true,
      description: `Deletes ${noun} (admin). CONFLICT listing what links to it, unless force: true.`,
    })
    delete(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
      return writesFor(ctx).entities.delete(write, id, force);
    }
  }
  Object.defineProperty(EntityMutationResolver, 'name', { value: `${typeName}MutationResolver` });
  return EntityMutationResolver;
}
