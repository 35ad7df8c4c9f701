import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../../server/context';

/** Global lookups by id, whatever the type (Relay's Node interface). */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'The entity with this global id, of any type, or null.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'The entities with these ids, in the same order; null where an id is unknown.' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphContext) {
    return Promise.all(ids.map((id) => ctx.entities.byId(id)));
  }
}

