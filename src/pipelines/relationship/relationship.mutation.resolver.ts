import { Args, ArgsType, Authorized, Ctx, Field, Mutation, Resolver } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { GraphContext } from '../../context/graph-context';
import { LinkPayload, UnlinkPayload } from '../write/write.payloads';
import { writesFor } from '../write/write-context';
import { LinkInput, UnlinkInput } from './relationship.inputs';
import { requireWellFormedText } from '../write/write.validators';

@ArgsType()
class LinkArgs {
  @Field(() => LinkInput) @ValidateNested() input!: LinkInput;
}

@ArgsType()
class UnlinkArgs {
  @Field(() => UnlinkInput) @ValidateNested() input!: UnlinkInput;
}

/** Link and unlink for every relationship type; thin: RelationshipWriteService checks endpoints and writes. */
@Resolver()
export class RelationshipMutationResolver {
  @Authorized('editor')
  @Mutation(() => LinkPayload, {
    nullable: true,
    description:
      'Creates a relationship, or updates the properties of the one there is (editor). Both ends must exist and fit ' +
      'the type.',
  })
  link(@Args(() => LinkArgs) { input }: LinkArgs, @Ctx() ctx: GraphContext) {
    requireWellFormedText(input);
    const { type, from, to, sources, attributes, ...props } = input;
    return writesFor(ctx).relationships.link({ type, from, to, sources, props: { ...props, ...(attributes ?? {}) } });
  }

  @Authorized('editor')
  @Mutation(() => UnlinkPayload, {
    nullable: true,
    description: 'Removes a relationship (editor). NOT_FOUND when there is none.',
  })
  unlink(@Args(() => UnlinkArgs) { input }: UnlinkArgs, @Ctx() ctx: GraphContext) {
    return writesFor(ctx).relationships.unlink(input.type, input.from, input.to);
  }
}
