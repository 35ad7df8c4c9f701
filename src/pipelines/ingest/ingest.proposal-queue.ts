import neo4j from 'neo4j-driver';
import { namedCypher } from '../../db/cypher-files';
import { Executor, TransactionRunner } from '../../db/executor';
import { isEntityType } from '../../domain/entity-types';
import { isRelationshipType } from '../../domain/relationship-types';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/api-errors';
import { decodeCursor, encodeCursor } from '../../graph/keyset';
import { toStoredProps, toStoredValues } from '../import/import.normalise';
import { mergeEntitiesIn, mergeRelationsIn, refreshSearchKeys } from '../import/import.writer';
import { refreshCounts } from '../../graph/count-buckets';
import { Proposal, ProposalConnection, ProposalStatus } from './ingest.proposal-types';
import { ProposalChange } from './ingest.review';

/**
 * The only props an accepted PROPERTY proposal may set: the event values ingest.review.ts proposes, and the name of an
 * event written untitled (ingest.untitled.ts).
 */
const SETTABLE_PROPS = new Set(['startDate', 'endDate', 'kind', 'virtual', 'name']);

/**
 * One page of the review queue: proposals with `status`, oldest first, keyset-paged (`after` is an edge's cursor).
 * @throws BadUserInputError naming `after` when it is not a cursor of this list
 */
export async function listProposals(
  executor: Executor,
  status: ProposalStatus,
  first: number,
  after?: string | null,
): Promise<ProposalConnection> {
  const position = after ? decodeCursor(after, 'after') : undefined;
  if (position && (position.sortProperty !== 'createdAt' || typeof position.value !== 'string'))
    throw BadUserInputError.of('after', 'is not a cursor of this list');
  const rows = await executor.read(namedCypher('review.proposalsPage'), {
    status,
    limit: neo4j.int(first + 1),
    afterId: position?.id ?? null,
    afterCreatedAt: position?.value ?? null,
  });
  const [{ total }] = await executor.read(namedCypher('review.proposalCount'), { status });
  const nodes = rows.slice(0, first).map(toProposal);
  const edges = nodes.map((node) => ({
    cursor: encodeCursor({ sortProperty: 'createdAt', value: node.createdAt, id: node.id }),
    node,
  }));
  return {
    edges,
    nodes,
    totalCount: Number(total),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: position !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Accepts a pending proposal in ONE transaction: writes exactly the change it holds (the new nodes it needs, through
 * the importer's statements and linked EXTRACTED_FROM to every document it was proposed from; the relationship; or the
 * event values), then
 * marks it ACCEPTED with `reviewedBy` and `reviewedAt`.
 * @throws NotFoundError when there is no such proposal; ConflictError when it was reviewed already, when an entity it
 *   relates or changes does not exist (accept the proposal creating it first), or when accepted dates would end before
 *   they start. Nothing is written then.
 */
export async function acceptProposal(executor: Executor, id: string, actor: string): Promise<Proposal> {
  return executor.writeTransaction(async (tx) => {
    const row = await pendingProposal(tx, id);
    const change = JSON.parse(String((row.proposal as Record<string, unknown>).change)) as ProposalChange;
    const documentIds = ((row.documentIds ?? []) as unknown[]).map(String);
    const sources = ((row.documentUrls ?? []) as unknown[]).map(String);
    await writeChange(tx, change, { documentIds, sources, actor, proposal: row.proposal as Record<string, unknown> });
    return markReviewed(tx, id, ProposalStatus.ACCEPTED, actor, null);
  });
}

/**
 * Rejects a pending proposal: nothing it proposes is written; the record stays, REJECTED, with `reviewedBy`,
 * `reviewedAt` and the reason given.
 * @throws NotFoundError when there is no such proposal; ConflictError when it was reviewed already
 */
export async function rejectProposal(
  executor: Executor,
  id: string,
  actor: string,
  reason: string | null,
): Promise<Proposal> {
  return executor.writeTransaction(async (tx) => {
    await pendingProposal(tx, id);
    return markReviewed(tx, id, ProposalStatus.REJECTED, actor, reason);
  });
}

async function pendingProposal(tx: TransactionRunner, id: string): Promise<Record<string, unknown>> {
  const [row] = await tx.run(namedCypher('review.proposalForReview'), { id });
  if (!row) throw new NotFoundError('Proposal', id);
  const status = (row.proposal as Record<string, unknown>).status;
  if (status !== ProposalStatus.PENDING)
    throw new ConflictError(`Proposal "${id}" was ${String(status).toLowerCase()} already.`, { id, status });
  return row;
}

interface ChangeContext {
  /** Every document the proposal was read from (one proposal may cite several pages). */
  documentIds: string[];
  sources: string[];
  actor: string;
  proposal: Record<string, unknown>;
}

async function writeChange(tx: TransactionRunner, change: ProposalChange, context: ChangeContext): Promise<void> {
  for (const node of change.nodes) {
    if (!isEntityType(node.type)) throw new ConflictError(`The proposal names an unknown entity type.`);
    await mergeEntitiesIn(
      tx,
      node.type,
      [
        {
          id: node.id,
          name: node.name,
          props: toStoredProps(node.type, node.name, node.props),
          sources: context.sources,
        },
      ],
      context.actor,
    );
    for (const documentId of context.documentIds) {
      const p = context.proposal;
      const row = {
        id: node.id,
        confidence: p.confidence,
        text: p.evidenceText,
        ...toStoredValues({ start: p.evidenceStart, end: p.evidenceEnd }),
      };
      await tx.run(namedCypher('ingest.linkExtractedFrom'), { documentId, rows: [row] });
    }
  }
  if (change.relation) {
    const { type, from, to, confidence } = change.relation;
    if (!isRelationshipType(type)) throw new ConflictError('The proposal names an unknown relationship type.');
    const [ends] = await tx.run(namedCypher('review.endpointsExist'), { from, to });
    if (!ends)
      throw new ConflictError(`"${from}" or "${to}" does not exist: accept the proposal that creates it first.`, {
        from,
        to,
      });
    const props = toStoredValues({
      ...(context.documentIds.length ? { extractedFrom: context.documentIds } : {}),
      confidence,
    });
    await mergeRelationsIn(tx, type, [{ from, to, props, sources: context.sources }], context.actor);
  }
  if (change.set) {
    const keys = Object.keys(change.set.props);
    if (!keys.length || keys.some((key) => !SETTABLE_PROPS.has(key)))
      throw new ConflictError('The proposal sets a property that cannot be set this way.');
    const { name, ...values } = change.set.props;
    const props = toStoredProps('Event', '', values);
    if (typeof name === 'string') props.name = name;
    const [node] = await tx.run(namedCypher('review.setProposedValues'), {
      id: change.set.id,
      props,
      actor: context.actor,
    });
    if (!node)
      throw new ConflictError(`"${change.set.id}" does not exist: accept the proposal that creates it first.`, {
        id: change.set.id,
      });
    // A new name is found by search and nameContains under that name only.
    if (typeof name === 'string') await refreshSearchKeys(tx, [change.set.id]);
    // A new start date may move the event to another year of the dashboard's counts.
    await refreshCounts(tx, [change.set.id]);
    if (node.startDate && node.endDate && String(node.endDate) < String(node.startDate)) {
      throw new ConflictError(
        `Accepting it would make "${change.set.id}" end before it starts: accept or reject its other dates first.`,
        { id: change.set.id },
      );
    }
  }
}

async function markReviewed(
  tx: TransactionRunner,
  id: string,
  status: ProposalStatus,
  actor: string,
  reason: string | null,
): Promise<Proposal> {
  const [row] = await tx.run(namedCypher('review.markReviewed'), { id, status, actor, reason });
  return toProposal(row);
}

/** A proposalsPage / markReviewed row as the GraphQL type. */
export function toProposal(row: Record<string, unknown>): Proposal {
  const p = row.proposal as Record<string, unknown>;
  const text = (key: string) => (p[key] === null || p[key] === undefined ? null : String(p[key]));
  return {
    id: String(p.id),
    status: p.status as ProposalStatus,
    kind: p.kind as Proposal['kind'],
    reason: p.reason as Proposal['reason'],
    why: String(p.why ?? ''),
    targetId: String(p.targetId),
    targetName: String(p.targetName ?? ''),
    field: String(p.field),
    proposedValue: String(p.proposedValue),
    currentValue: text('currentValue'),
    similarToId: text('similarToId'),
    similarToName: text('similarToName'),
    creates: (JSON.parse(String(p.change ?? '{"nodes":[]}')) as ProposalChange).nodes.map((node) => node.id),
    confidence: Number(p.confidence),
    evidence: { start: Number(p.evidenceStart), end: Number(p.evidenceEnd), text: String(p.evidenceText ?? '') },
    sourceDocumentId: row.documentId === null || row.documentId === undefined ? null : String(row.documentId),
    sourceUrl: row.documentUrl === null || row.documentUrl === undefined ? null : String(row.documentUrl),
    sourceUrls: ((row.documentUrls ?? []) as unknown[]).map(String),
    createdAt: text('createdAt'),
    reviewedBy: text('reviewedBy'),
    reviewedAt: text('reviewedAt'),
    rejectionReason: text('rejectionReason'),
  };
}
