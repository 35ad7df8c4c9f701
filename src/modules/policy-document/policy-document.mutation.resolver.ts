import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphContext } from '../../server/context';
import { DeletePayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { PolicyDocument } from './policy-document.type';
import { CreatePolicyDocumentInput, POLICY_DOCUMENT_WRITE, PolicyDocumentMutationArgs, UpdatePolicyDocumentInput } from './policy-document.write-inputs';

const { CreateArgs, UpdateArgs, DeleteArgs } = PolicyDocumentMutationArgs;

/** Writes of policy documents: thin, inputs are validated by type-graphql and written by EntityWriteService. */
@Resolver()
export class PolicyDocumentMutationResolver {
  @Authorized('editor')
  @Mutation(() => PolicyDocument, { nullable: true, description: 'Creates a policy document (editor). CONFLICT when the id is taken.' })
  createPolicyDocument(@Args(() => CreateArgs) { input }: { input: CreatePolicyDocumentInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.create(POLICY_DOCUMENT_WRITE, input);
  }

  @Authorized('editor')
  @Mutation(() => PolicyDocument, { nullable: true, description: 'Changes a policy document (editor). NOT_FOUND when there is none with this id.' })
  updatePolicyDocument(@Args(() => UpdateArgs) { id, input }: { id: string; input: UpdatePolicyDocumentInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.update(POLICY_DOCUMENT_WRITE, id, input);
  }

  @Authorized('editor')
  @Mutation(() => PolicyDocument, { nullable: true, description: 'Creates the policy document, or updates it when its id (given or made from the name) exists (editor).' })
  upsertPolicyDocument(@Args(() => CreateArgs) { input }: { input: CreatePolicyDocumentInput }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.upsert(POLICY_DOCUMENT_WRITE, input);
  }

  @Authorized('admin')
  @Mutation(() => DeletePayload, { nullable: true, description: 'Deletes a policy document (admin). CONFLICT listing what links to it, unless force: true.' })
  deletePolicyDocument(@Args(() => DeleteArgs) { id, force }: { id: string; force: boolean }, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).entities.delete(POLICY_DOCUMENT_WRITE, id, force);
  }
}
