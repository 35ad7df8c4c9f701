import { TransactionRunner } from '../../db/executor';
import { namedCypher } from '../../db/cypher-files';
import { toStoredValues } from '../import/import.normalise';
import { ProposalDraft } from './ingest.review';

/** Label and relationship type of the review queue (src/modules/review reads them). */
export const PROPOSAL_LABEL = 'Proposal';
export const PROPOSED_FROM = 'PROPOSED_FROM';

/**
 * The stored properties of a proposal: flat values only (Neo4j stores no maps), the change it would write as JSON
 * in `change` (read back by src/modules/review when it is accepted).
 */
export function proposalProps(proposal: ProposalDraft): Record<string, unknown> {
  return toStoredValues({
    kind: proposal.kind,
    reason: proposal.reason,
    why: proposal.why,
    targetId: proposal.targetId,
    targetName: proposal.targetName,
    field: proposal.field,
    proposedValue: proposal.proposedValue,
    currentValue: proposal.currentValue,
    similarToId: proposal.similarTo?.id ?? null,
    similarToName: proposal.similarTo?.name ?? null,
    confidence: proposal.confidence,
    evidenceText: proposal.evidence.text,
    evidenceStart: proposal.evidence.start,
    evidenceEnd: proposal.evidence.end,
    change: JSON.stringify(proposal.change),
  });
}

/**
 * Queues proposals inside the ingestion's write transaction: a `Proposal` node each, status PENDING, linked
 * (:Proposal)-[:PROPOSED_FROM]->(:SourceDocument). Nothing they propose is written.
 */
export async function writeProposalsIn(tx: TransactionRunner, documentId: string, proposals: ProposalDraft[], actor: string): Promise<void> {
  if (!proposals.length) return;
  await tx.run(namedCypher('ingest.createProposals'), { documentId, actor, rows: proposals.map((p) => ({ id: p.id, props: proposalProps(p) })) });
}
