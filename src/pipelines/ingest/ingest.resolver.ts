import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../../context/graph-context';
import { EntityObject } from '../../graph/entity-record';
import { IngestDocumentArgs } from './ingest.inputs';
import { sourceDocumentById, sourceDocumentsLoader, SourceDocumentWithFacts } from './ingest.provenance';
import { ProposalResolver } from './ingest.proposal-resolver';
import { toIngestResult } from './ingest.result';
import { IngestedEntity, IngestResult, SourceDocument } from './ingest.types';

/**
 * Document ingestion (admin only) and the provenance queries it makes possible. Thin: the work is in ingest.service.
 */
@Resolver()
export class IngestResolver {
  @Authorized('admin')
  @Mutation(() => IngestResult, {
    nullable: true,
    description:
      'Extracts every event a page describes and the facts around them from a Cedefop-style page (text or HTML), ' +
      'resolves them against the graph and, unless dryRun (the default), writes them in one transaction with a ' +
      'SourceDocument every created fact links to. What is not certain (below the confidence threshold 0.75, a new ' +
      'name resembling a stored one, an event agreeing only in part with a stored one, a value contradicting the ' +
      'graph) is queued as a Proposal for an editor instead (see `proposals`). Needs the admin role. Ingesting the ' +
      'same text twice changes nothing.',
  })
  async ingestDocument(
    @Args(() => IngestDocumentArgs) args: IngestDocumentArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<IngestResult> {
    // Loaded on first use: the extractor's language, name and HTML libraries cost about half a second to load, which
    // every start and every API test would otherwise pay for a mutation only admins send.
    const { ingestDocument } = await import('./ingest.service');
    const report = await ingestDocument(ctx.executor, {
      text: args.text,
      sourceUrl: args.sourceUrl,
      dryRun: args.dryRun,
      actor: ctx.user?.subject ?? 'unknown',
    });
    return toIngestResult(report);
  }

  @Query(() => SourceDocument, {
    nullable: true,
    description: 'An ingested document by id (`source:<sha256>`), or null.',
  })
  sourceDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return sourceDocumentById(ctx.executor, id);
  }
}

/** The facts of a source document: the entities its ingestion created. */
@Resolver(() => SourceDocument)
export class SourceDocumentResolver {
  @FieldResolver(() => [Node], {
    description: 'The entities created from this document (each links to it with EXTRACTED_FROM).',
  })
  async facts(@Root() document: SourceDocumentWithFacts, @Ctx() ctx: GraphContext) {
    const ids = document.factIds ?? (await sourceDocumentById(ctx.executor, document.id))?.factIds ?? [];
    return (await Promise.all(ids.map((id) => ctx.entities.byId(id)))).filter(Boolean);
  }
}

/** The node behind an ingested entity, once it exists. */
@Resolver(() => IngestedEntity)
export class IngestedEntityResolver {
  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The node in the graph (null for an entity a dry run would create).',
  })
  node(@Root() entity: IngestedEntity, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(entity.id);
  }
}

/** `sourceDocuments` on every entity: "where does this fact come from?" in one field. */
@Resolver(() => Node)
export class NodeProvenanceResolver {
  @FieldResolver(() => [SourceDocument], {
    description: 'The ingested documents this entity was extracted from (empty for imported or hand-made entities).',
  })
  sourceDocuments(@Root() node: EntityObject, @Ctx() ctx: GraphContext) {
    return sourceDocumentsLoader(ctx, ctx.executor).load(node.id);
  }
}

/** The resolver classes of the ingest module, for the schema's resolver list. */
export const INGEST_RESOLVERS = [
  IngestResolver,
  SourceDocumentResolver,
  IngestedEntityResolver,
  NodeProvenanceResolver,
  ProposalResolver,
] as const;
