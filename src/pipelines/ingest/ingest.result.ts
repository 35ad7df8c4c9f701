import { IngestReport } from './ingest.report';
import { Proposal, ProposalStatus } from './ingest.proposal-types';
import { ProposalDraft, proposalStatement } from './ingest.review';
import { ResolvedEntity } from './ingest.resolve';
import { IngestAction, IngestedEntity, IngestRelationshipAction, IngestResult } from './ingest.types';

/** The GraphQL shape of an ingestion report. */
export function toIngestResult(report: IngestReport): IngestResult {
  const entities = report.entities.map(toEntity);
  const events = report.events.map(toEntity);
  return {
    dryRun: report.dryRun,
    alreadyIngested: report.alreadyIngested,
    sourceDocument: {
      ...report.document,
      documentType: report.document.documentType as IngestResult['sourceDocument']['documentType'],
    },
    title: report.title.value,
    titleOrigin: report.title.origin,
    event: events[0],
    events,
    entities,
    relationships: report.relations.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      action: r.action as IngestRelationshipAction,
      confidence: r.confidence,
      span: r.span,
    })),
    warnings: report.warnings,
    counts: {
      entitiesCreated: report.counts.entitiesCreated,
      entitiesLinked: report.counts.entitiesLinked,
      mentionsOnly: report.counts.mentionsOnly,
      relationshipsCreated: report.counts.relationsCreated,
      relationshipsExisting: report.counts.relationsExisting,
      proposals: report.counts.proposals,
    },
    proposals: report.proposals.map((p) => toProposalView(p, report)),
  };
}

function toEntity(entity: ResolvedEntity): IngestedEntity {
  return {
    role: entity.role,
    entityType: entity.type,
    id: entity.id,
    name: entity.name,
    action: entity.action as IngestAction,
    matchedBy: entity.matchedBy ?? null,
    existingName: entity.existingName ?? null,
    confidence: entity.confidence,
    span: entity.span,
    props: entity.props,
  };
}

/** A proposal of the report as the GraphQL type: PENDING, with its document once written. */
function toProposalView(draft: ProposalDraft, report: IngestReport): Proposal {
  const written = report.document.ingestedAt !== null;
  return {
    id: draft.id,
    status: ProposalStatus.PENDING,
    ...proposalStatement(draft),
    creates: draft.change.nodes.map((node) => node.id),
    confidence: draft.confidence,
    evidence: draft.evidence,
    sourceDocumentId: written ? report.document.id : null,
    sourceUrl: report.document.url,
    sourceUrls: [report.document.url],
    createdAt: null,
    reviewedBy: null,
    reviewedAt: null,
    rejectionReason: null,
  };
}
