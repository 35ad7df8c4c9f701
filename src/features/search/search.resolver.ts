import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { GraphContext } from '../../context/graph-context';
import { toEntityObject } from '../../graph/entity-record';
import { ENTITY_DEFINITIONS } from '../../entities/entity-definitions';
import { SearchArgs } from './search.args';
import { SearchRepository } from './search.repository';
import { LABEL_OF, SearchHit } from './search.types';

/** Ranked full-text search across entity types. */
@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    nullable: true,
    description:
      'Entities whose names, acronyms or alternative names match all words of `query` (case and accents ignored), ' +
      'best first.',
  })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: GraphContext) {
    const types = args.types?.map((type) => LABEL_OF[type]);
    const results = await new SearchRepository(ctx.reader).search(args.query, types, args.first);
    return results.map(({ record, score }) => ({
      score,
      node: toEntityObject(record, ENTITY_DEFINITIONS[record.type].fields),
    }));
  }
}
