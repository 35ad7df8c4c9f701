import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphContext } from '../../context/graph-context';
import { acceptProposal, listProposals, rejectProposal } from './ingest.proposal-queue';
import { Proposal, ProposalConnection, ProposalsArgs, RejectProposalArgs } from './ingest.proposal-types';

/** The review queue (issue 11, item 3): editors list, accept and reject what ingestion proposed. Thin. */
@Resolver(() => Proposal)
export class ProposalResolver {
  @Authorized('editor')
  @Query(() => ProposalConnection, {
    nullable: true,
    description: 'The review queue: proposals with a status (default PENDING), oldest first. Needs the editor role.',
  })
  proposals(@Args(() => ProposalsArgs) args: ProposalsArgs, @Ctx() ctx: GraphContext): Promise<ProposalConnection> {
    return listProposals(ctx.executor, args.status, args.first, args.after);
  }

  @Authorized('editor')
  @Mutation(() => Proposal, {
    nullable: true,
    description:
      'Accepts a pending proposal: writes exactly what it proposes (the new nodes it needs, the relationship, or the ' +
      'values), in one transaction, and records who accepted it and when. NOT_FOUND for an unknown id; CONFLICT ' +
      'when it was reviewed already or what it relates does not exist. Needs the editor role.',
  })
  acceptProposal(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Proposal> {
    return acceptProposal(ctx.executor, id, ctx.user?.subject ?? 'unknown');
  }

  @Authorized('editor')
  @Mutation(() => Proposal, {
    nullable: true,
    description:
      'Rejects a pending proposal: nothing is written; the record is kept with who rejected it, when and why. ' +
      'NOT_FOUND for an unknown id; CONFLICT when it was reviewed already. Needs the editor role.',
  })
  rejectProposal(
    @Args(() => RejectProposalArgs) args: RejectProposalArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<Proposal> {
    return rejectProposal(ctx.executor, args.id, ctx.user?.subject ?? 'unknown', args.reason ?? null);
  }
}
