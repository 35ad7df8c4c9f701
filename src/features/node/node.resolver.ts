import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../../context/graph-context';
import { BadUserInputError } from '../../errors/api-errors';

/** Global lookups by id, whatever the type (Relay's Node interface). */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'The entity with this global id, of any type, or null.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id);
  }

  @Query(() => [Node], {
    nullable: 'itemsAndList',
    description:
      'The entities with these ids, in the same order; null where an id is unknown. At most the page size cap of ids.',
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphContext) {
    // One lookup reads every id asked for: the same cap as a page keeps it bounded.
    if (ids.length > ctx.config.maxPageSize)
      throw BadUserInputError.of('ids', `must list at most ${ctx.config.maxPageSize} ids (the page size cap)`);
    return Promise.all(ids.map((id) => ctx.entities.byId(id)));
  }
}
