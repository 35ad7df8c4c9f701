import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { DeletePayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { CompetenceStandard } from './competence-standard.type';
import { CreateCompetenceStandardInput, COMPETENCE_STANDARD_WRITE, CompetenceStandardMutationArgs, UpdateCompetenceStandardInput } from './competence-standard.write-inputs';

const { CreateArgs, UpdateArgs, DeleteArgs } = CompetenceStandardMutationArgs;

/** Writes of competence standards: thin, inputs are validated by type-graphql and written by EntityWriteService. */
@Resolver()
export class CompetenceStandardMutationResolver {
  @Authorized('editor')
  @Mutation(() => CompetenceStandard, { nullable: true, description: 'Creates a competence standard (editor). CONFLICT when the id is taken.' })
  createCompetenceStandard(@Args(() => CreateArgs) { input }: { input: CreateCompetenceStandardInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.create(COMPETENCE_STANDARD_WRITE, input);
  }

  @Authorized('editor')
  @Mutation(() => CompetenceStandard, { nullable: true, description: 'Changes a competence standard (editor). NOT_FOUND when there is none with this id.' })
  updateCompetenceStandard(@Args(() => UpdateArgs) { id, input }: { id: string; input: UpdateCompetenceStandardInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.update(COMPETENCE_STANDARD_WRITE, id, input);
  }

  @Authorized('editor')
  @Mutation(() => CompetenceStandard, { nullable: true, description: 'Creates the competence standard, or updates it when its id (given or made from the name) exists (editor).' })
  upsertCompetenceStandard(@Args(() => CreateArgs) { input }: { input: CreateCompetenceStandardInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.upsert(COMPETENCE_STANDARD_WRITE, input);
  }

  @Authorized('admin')
  @Mutation(() => DeletePayload, { nullable: true, description: 'Deletes a competence standard (admin). CONFLICT listing what links to it, unless force: true.' })
  deleteCompetenceStandard(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.delete(COMPETENCE_STANDARD_WRITE, id, force);
  }
}
