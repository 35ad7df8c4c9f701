import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { DeletePayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { Country } from './country.type';
import { CreateCountryInput, COUNTRY_WRITE, CountryMutationArgs, UpdateCountryInput } from './country.write-inputs';

const { CreateArgs, UpdateArgs, DeleteArgs } = CountryMutationArgs;

/** Writes of countries: thin, inputs are validated by type-graphql and written by EntityWriteService. */
@Resolver()
export class CountryMutationResolver {
  @Authorized('editor')
  @Mutation(() => Country, { nullable: true, description: 'Creates a country (editor). CONFLICT when the id is taken.' })
  createCountry(@Args(() => CreateArgs) { input }: { input: CreateCountryInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.create(COUNTRY_WRITE, input);
  }

  @Authorized('editor')
  @Mutation(() => Country, { nullable: true, description: 'Changes a country (editor). NOT_FOUND when there is none with this id.' })
  updateCountry(@Args(() => UpdateArgs) { id, input }: { id: string; input: UpdateCountryInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.update(COUNTRY_WRITE, id, input);
  }

  @Authorized('editor')
  @Mutation(() => Country, { nullable: true, description: 'Creates the country, or updates it when country:<code> exists (editor).' })
  upsertCountry(@Args(() => CreateArgs) { input }: { input: CreateCountryInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.upsert(COUNTRY_WRITE, input);
  }

  @Authorized('admin')
  @Mutation(() => DeletePayload, { nullable: true, description: 'Deletes a country (admin). CONFLICT listing what links to it, unless force: true.' })
  deleteCountry(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.delete(COUNTRY_WRITE, id, force);
  }
}
