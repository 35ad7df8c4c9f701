import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { GraphContext } from '../../context/graph-context';
import { Country } from './country.type';

/**
 * The query only countries have: by ISO code. The other queries and fields of Country are generated
 * (entity-resolvers.ts).
 */
@Resolver(() => Country)
export class CountryByCodeResolver {
  @Query(() => Country, {
    nullable: true,
    description: 'The country with this ISO 3166-1 alpha-2 code (any case), or null.',
  })
  countryByCode(@Arg('code') code: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.countryByCode(code);
  }
}
