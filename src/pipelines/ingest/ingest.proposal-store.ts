import { createHash } from 'node:crypto';
import { TransactionRunner } from '../../db/executor';
import { namedCypher } from '../../db/cypher-files';
import { toStoredValues } from '../import/import.normalise';
import { ProposalDraft, proposalStatement } from './ingest.review';

/** Label and relationship type of the review queue (ingest.proposal-queue.ts reads them). */
export const PROPOSAL_LABEL = 'Proposal';
export const PROPOSED_FROM = 'PROPOSED_FROM';

/**
 * The stored properties of a proposal: flat values only (Neo4j stores no maps), the change it would write as JSON
 * in `change` (read back by ingest.proposal-queue.ts when it is accepted).
 */
export function proposalProps(proposal: ProposalDraft): Record<string, unknown> {
  return toStoredValues({
    ...proposalStatement(proposal),
    confidence: proposal.confidence,
    evidenceText: proposal.evidence.text,
    evidenceStart: proposal.evidence.start,
    evidenceEnd: proposal.evidence.end,
    change: JSON.stringify(proposal.change),
  });
}

/**
 * What makes two proposals the same (issue 11d): the kind, target and field and what accepting it would write — the
 * ids and types of the nodes it creates, the relationship (type and ends, not the confidence one page read it with)
 * or the values it sets — not the document it was read from. A SHA-256 hex string.
 */
export function pendingKey(proposal: ProposalDraft): string {
  const { nodes, relation, set } = proposal.change;
  const writes = {
    nodes: nodes.map((n) => `${n.type}:${n.id}`).sort(),
    relation: relation ? [relation.type, relation.from, relation.to] : null,
    set: set ? [set.id, Object.entries(set.props).sort(([a], [b]) => a.localeCompare(b))] : null,
  };
  return createHash('sha256')
    .update(JSON.stringify([proposal.kind, proposal.targetId, proposal.field, writes]))
    .digest('hex');
}

/**
 * Queues proposals inside the ingestion's write transaction: a `Proposal` node each, status PENDING, linked
 * (:Proposal)-[:PROPOSED_FROM]->(:SourceDocument). A proposal whose change is already pending (see pendingKey) is
 * not queued again: the document is linked to the pending one. Nothing they propose is written.
 * @returns the id of the stored proposal holding each draft, by draft id
 */
export async function writeProposalsIn(
  tx: TransactionRunner,
  documentId: string,
  proposals: ProposalDraft[],
  actor: string,
): Promise<Map<string, string>> {
  if (!proposals.length) return new Map();
  const rows = proposals.map((p) => ({ id: p.id, pendingKey: pendingKey(p), props: proposalProps(p) }));
  const held = await tx.run(namedCypher('ingest.createProposals'), { documentId, actor, rows });
  return new Map(held.map((row) => [String(row.draftId), String(row.id)]));
}
