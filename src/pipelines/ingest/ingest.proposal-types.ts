import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EnumValue, graphqlEnum } from '../../graphql/graphql-enum';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { DateTimeScalar } from '../../graphql/scalars';
import { PageInfo } from '../../graphql/connection.types';
import { TextSpan } from './ingest.span-type';

/** Where a proposal stands in review. */
export const ProposalStatus = graphqlEnum(
  'ProposalStatus',
  ['PENDING', 'ACCEPTED', 'REJECTED'],
  'PENDING: waiting for an editor; ACCEPTED: written as proposed; REJECTED: nothing written, the record kept.',
);
export type ProposalStatus = EnumValue<typeof ProposalStatus>;

/** What a proposal would add (ingest.review.ts ProposalKind). */
export const ProposalKind = graphqlEnum(
  'ProposalKind',
  ['ENTITY', 'RELATIONSHIP', 'PROPERTY'],
  'ENTITY: a new node; RELATIONSHIP: a new relationship (with the new nodes it needs); PROPERTY: values of an ' +
    'existing node.',
);
export type ProposalKind = EnumValue<typeof ProposalKind>;

/** Why a value became a proposal (ingest.resolve.ts ReviewReason). */
export const ProposalReason = graphqlEnum(
  'ProposalReason',
  ['BELOW_THRESHOLD', 'SIMILAR_NAME', 'AMBIGUOUS_NAME', 'PARTIAL_MATCH', 'CONTRADICTS_GRAPH'],
  'BELOW_THRESHOLD: read with a confidence below 0.75; SIMILAR_NAME: a new name resembling a stored one; ' +
    'AMBIGUOUS_NAME: a name or acronym several stored entities answer to; PARTIAL_MATCH: an event agreeing only in ' +
    'part with a stored one; CONTRADICTS_GRAPH: a value other than the one the graph holds.',
);
export type ProposalReason = EnumValue<typeof ProposalReason>;

@ObjectType({
  description:
    'A value ingestion did not write as a fact: an editor accepts (it is written exactly as proposed) or rejects it ' +
    '(nothing is written, the record is kept).',
})
export class Proposal {
  @Field(() => ID, { description: '`proposal:<hash>`.' }) id!: string;
  @Field(() => ProposalStatus) status!: ProposalStatus;
  @Field(() => ProposalKind) kind!: ProposalKind;
  @Field(() => ProposalReason) reason!: ProposalReason;
  @Field({ description: 'Why it is a proposal, in words.' }) why!: string;
  @Field(() => ID, {
    description:
      'The entity it is about (new or existing): the new node, the start of the relationship, the node whose values ' +
      'change.',
  })
  targetId!: string;
  @Field() targetName!: string;
  @Field({
    description: '`node`, the relationship type (e.g. HOSTED_BY), or the property names (e.g. "startDate, endDate").',
  })
  field!: string;
  @Field({ description: 'What accepting writes, readable: a name, "<TYPE> → <name> (<id>)", or the values as JSON.' })
  proposedValue!: string;
  @Field(() => String, { nullable: true, description: 'What the graph holds now (JSON), for a contradicted value.' })
  currentValue!: string | null;
  @Field(() => ID, { nullable: true, description: 'The stored entity it resembles or may be.' }) similarToId!:
    string | null;
  @Field(() => String, { nullable: true }) similarToName!: string | null;
  @Field(() => [ID], {
    description: 'The entities accepting it creates (a relationship brings the new nodes it needs).',
  })
  creates!: string[];
  @Field(() => Float, { description: 'How sure the extraction is, 0..1.' }) confidence!: number;
  @Field(() => TextSpan, { description: 'The evidence: where in the document it was read.' }) evidence!: TextSpan;
  @Field(() => ID, {
    nullable: true,
    description: 'The SourceDocument it was proposed from (null in a dry run of a new document).',
  })
  sourceDocumentId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where that document was read (the first, when several pages proposed it).',
  })
  sourceUrl!: string | null;
  @Field(() => [String], {
    description:
      'Where every document it was proposed from was read, oldest first: pages proposing the same change share one ' +
      'pending proposal.',
  })
  sourceUrls!: string[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was queued (null in a dry run).' }) createdAt!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Who accepted or rejected it.' }) reviewedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) reviewedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected, as the editor wrote it.' })
  rejectionReason!: string | null;
}

@ObjectType({ description: 'An edge to a Proposal.' })
export class ProposalEdge {
  @Field({ description: 'Opaque keyset cursor of this edge.' }) cursor!: string;
  @Field(() => Proposal) node!: Proposal;
}

@ObjectType({ description: 'A page of proposals, oldest first.' })
export class ProposalConnection {
  @Field(() => [ProposalEdge]) edges!: ProposalEdge[];
  @Field(() => [Proposal]) nodes!: Proposal[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'All proposals with this status.' }) totalCount!: number;
}

/** Largest page of proposals. */
export const MAX_PROPOSAL_PAGE = 100;

@ArgsType()
export class ProposalsArgs {
  @Field(() => ProposalStatus, { defaultValue: ProposalStatus.PENDING }) status!: ProposalStatus;
  @Field(() => Int, { defaultValue: 20, description: `Page size, 0..${MAX_PROPOSAL_PAGE}.` })
  @Min(0)
  @Max(MAX_PROPOSAL_PAGE)
  first!: number;
  @Field(() => String, { nullable: true, description: 'Cursor of the edge after which the page starts.' })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;
}

@ArgsType()
export class RejectProposalArgs {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Why, for the record (at most 1 000 characters).' })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}
