import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { GraphContext } from '../../context/graph-context';
import { EntityRecord, toEntityObject } from '../../graph/entity-record';
import { ENTITY_DEFINITIONS } from '../../entities/entity-definitions';
import { NeighbourhoodArgs, PathsArgs } from './network.args';
import { NetworkRepository } from './network.repository';
import { GraphPath, Neighbourhood } from './network.types';

const toObject = (record: EntityRecord) => toEntityObject(record, ENTITY_DEFINITIONS[record.type].fields);

/** Paths between entities and neighbourhoods around them, for "what connects X to Y?" and network views. */
@Resolver()
export class NetworkResolver {
  @Query(() => [GraphPath], {
    nullable: true,
    description:
      'Up to `first` paths of `minHops` to `maxHops` relationships between two entities, in either direction, no entity twice, ' +
      'shortest first (not only the shortest: ask minHops: 3 for the three-step routes); NOT_FOUND when an end does ' +
      'not exist.',
  })
  async paths(@Args(() => PathsArgs) args: PathsArgs, @Ctx() ctx: GraphContext) {
    const query = {
      minHops: args.minHops,
      maxHops: args.maxHops,
      types: args.relationTypes ?? undefined,
      first: args.first,
      shortestOnly: args.shortestOnly,
    };
    const paths = await new NetworkRepository(ctx.reader).rankedPaths(args.from, args.to, query);
    return paths.map((path) => ({ ...path, nodes: path.nodes.map(toObject) }));
  }

  @Query(() => Neighbourhood, {
    nullable: true,
    description:
      'Entities within `depth` relationships of one entity and the relationships among them (capped by `limit`).',
  })
  async neighbourhood(@Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs, @Ctx() ctx: GraphContext) {
    const found = await new NetworkRepository(ctx.reader).neighbourhood(
      args.id,
      args.depth,
      args.limit,
      args.relationTypes ?? undefined,
    );
    return { ...found, center: found.center && toObject(found.center), nodes: found.nodes.map(toObject) };
  }
}
