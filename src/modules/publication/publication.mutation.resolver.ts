import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { DeletePayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { Publication } from './publication.type';
import { CreatePublicationInput, PUBLICATION_WRITE, PublicationMutationArgs, UpdatePublicationInput } from './publication.write-inputs';

const { CreateArgs, UpdateArgs, DeleteArgs } = PublicationMutationArgs;

/** Writes of publications: thin, inputs are validated by type-graphql and written by EntityWriteService. */
@Resolver()
export class PublicationMutationResolver {
  @Authorized('editor')
  @Mutation(() => Publication, { nullable: true, description: 'Creates a publication (editor). CONFLICT when the id is taken.' })
  createPublication(@Args(() => CreateArgs) { input }: { input: CreatePublicationInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.create(PUBLICATION_WRITE, input);
  }

  @Authorized('editor')
  @Mutation(() => Publication, { nullable: true, description: 'Changes a publication (editor). NOT_FOUND when there is none with this id.' })
  updatePublication(@Args(() => UpdateArgs) { id, input }: { id: string; input: UpdatePublicationInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.update(PUBLICATION_WRITE, id, input);
  }

  @Authorized('editor')
  @Mutation(() => Publication, { nullable: true, description: 'Creates the publication, or updates it when its id (given or made from the name) exists (editor).' })
  upsertPublication(@Args(() => CreateArgs) { input }: { input: CreatePublicationInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.upsert(PUBLICATION_WRITE, input);
  }

  @Authorized('admin')
  @Mutation(() => DeletePayload, { nullable: true, description: 'Deletes a publication (admin). CONFLICT listing what links to it, unless force: true.' })
  deletePublication(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.delete(PUBLICATION_WRITE, id, force);
  }
}
