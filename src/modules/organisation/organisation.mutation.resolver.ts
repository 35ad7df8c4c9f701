import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { DeletePayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { Organisation } from './organisation.type';
import { CreateOrganisationInput, ORGANISATION_WRITE, OrganisationMutationArgs, UpdateOrganisationInput } from './organisation.write-inputs';

const { CreateArgs, UpdateArgs, DeleteArgs } = OrganisationMutationArgs;

/** Writes of organisations: thin, inputs are validated by type-graphql and written by EntityWriteService. */
@Resolver()
export class OrganisationMutationResolver {
  @Authorized('editor')
  @Mutation(() => Organisation, { nullable: true, description: 'Creates an organisation (editor). CONFLICT when the id is taken.' })
  createOrganisation(@Args(() => CreateArgs) { input }: { input: CreateOrganisationInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.create(ORGANISATION_WRITE, input);
  }

  @Authorized('editor')
  @Mutation(() => Organisation, { nullable: true, description: 'Changes an organisation (editor). NOT_FOUND when there is none with this id.' })
  updateOrganisation(@Args(() => UpdateArgs) { id, input }: { id: string; input: UpdateOrganisationInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.update(ORGANISATION_WRITE, id, input);
  }

  @Authorized('editor')
  @Mutation(() => Organisation, { nullable: true, description: 'Creates the organisation, or updates it when its id (given or made from the name) exists (editor).' })
  upsertOrganisation(@Args(() => CreateArgs) { input }: { input: CreateOrganisationInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.upsert(ORGANISATION_WRITE, input);
  }

  @Authorized('admin')
  @Mutation(() => DeletePayload, { nullable: true, description: 'Deletes an organisation (admin). CONFLICT listing what links to it, unless force: true.' })
  deleteOrganisation(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.delete(ORGANISATION_WRITE, id, force);
  }
}
