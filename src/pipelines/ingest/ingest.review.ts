import { createHash } from 'node:crypto';
import { EntityType } from '../../domain/entity-types';
import { RelationshipType } from '../../domain/relationship-types';
import { FACT_THRESHOLD, Mention, TextSpan } from './ingest.model';
import { ResolvedEntity, ResolvedPlan, ResolvedRelation, ReviewFlag, ReviewReason } from './ingest.resolve';

/** What a proposal would add: a node, a relationship, or property values of an existing node. */
export type ProposalKind = 'ENTITY' | 'RELATIONSHIP' | 'PROPERTY';

/** A node a proposal creates when accepted (MERGE on the id: left as it is when it exists by then). */
export interface ProposedNode {
  type: EntityType;
  id: string;
  name: string;
  props: Record<string, unknown>;
}

/** Exactly what accepting a proposal writes, and nothing else. */
export interface ProposalChange {
  nodes: ProposedNode[];
  relation?: { type: RelationshipType; from: string; to: string; confidence: number };
  /** Property values set on an existing node (event dates, kind, virtual flag). */
  set?: { id: string; props: Record<string, unknown> };
}

/** A value the ingestion did not write as a fact, for an editor to accept or reject (stored as a Proposal node). */
export interface ProposalDraft {
  /** `proposal:<hash>`, the same for the same document and the same proposed change. */
  id: string;
  kind: ProposalKind;
  reason: ReviewReason;
  /** Why, in words. */
  why: string;
  /** The node it is about: the new node, the relationship's start, the node whose values change. */
  targetId: string;
  targetName: string;
  /** `node` for a new node, the relationship type, or the property names. */
  field: string;
  /** What would be written, readable: a name, `<type> → <name>`, or the values as JSON. */
  proposedValue: string;
  /** What the graph holds now (JSON), for a contradicted value. */
  currentValue: string | null;
  similarTo: { id: string; name: string } | null;
  confidence: number;
  evidence: TextSpan;
  change: ProposalChange;
}

/**
 * What a proposal states, as stored and as shown to editors: its kind and reason, the node and field it is about,
 * the proposed and current values and the stored entity it resembles (flattened to `similarToId`/`similarToName`).
 */
export function proposalStatement(draft: ProposalDraft) {
  return {
    kind: draft.kind,
    reason: draft.reason,
    why: draft.why,
    targetId: draft.targetId,
    targetName: draft.targetName,
    field: draft.field,
    proposedValue: draft.proposedValue,
    currentValue: draft.currentValue,
    similarToId: draft.similarTo?.id ?? null,
    similarToName: draft.similarTo?.name ?? null,
  };
}

/** A page plan split for writing. */
export interface ReviewedPlan {
  /** What is written as facts. */
  facts: ResolvedPlan;
  /** What is queued for review instead. */
  proposals: ProposalDraft[];
  /** The whole plan as reported: what is held back for review has the action PROPOSE. */
  reported: ResolvedPlan;
}

/** Props of an event read with their own confidence, proposed together when they change together. */
const PROP_GROUPS: ReadonlyArray<readonly string[]> = [['startDate', 'endDate'], ['kind'], ['virtual']];

/**
 * Precision before recall (issue 11, item 3): splits a resolved page plan into the facts to write and the proposals
 * to queue. A proposal, never a fact, is made of
 * - a new entity or relationship whose confidence is below FACT_THRESHOLD (ingest.model.ts, the one threshold), and
 *   an event's dates or kind read below it; an event with an inferred title (URL slug, kind and place);
 * - an entity resolution flagged (a new name resembling a stored one, an ambiguous name or acronym, an event agreeing
 *   only in part with a stored one): the entity and every relationship touching it;
 * - a linked event's value that contradicts the stored one.
 * A new entity is written as a fact only when a fact relationship needs it; otherwise it travels with the proposals
 * that need it (accepting one creates it).
 * @param documentId the SourceDocument the proposals are proposed from (part of their ids)
 */
export function reviewPlan(plan: ResolvedPlan, documentId: string): ReviewedPlan {
  const flags = new Map<string, ReviewFlag>();
  for (const entity of plan.entities) {
    if (entity.review) flags.set(entity.id, entity.review);
    else if (entity.action === 'CREATE' && entity.inferred)
      flags.set(entity.id, { reason: 'BELOW_THRESHOLD', why: 'its title is inferred, not read' });
    else if (entity.action === 'CREATE' && existence(entity) < FACT_THRESHOLD) {
      flags.set(entity.id, {
        reason: 'BELOW_THRESHOLD',
        why: `read with confidence ${entity.confidence}, below ${FACT_THRESHOLD}`,
      });
    }
  }
  const byId = new Map(plan.entities.map((entity) => [entity.id, entity]));
  const isFact = (r: ResolvedRelation) =>
    r.action === 'CREATE' && r.confidence >= FACT_THRESHOLD && !flags.has(r.from) && !flags.has(r.to);
  const factRelations = plan.relations.filter(isFact);
  const needed = new Set(factRelations.flatMap((r) => [r.from, r.to]));
  const proposals: ProposalDraft[] = [];
  const factEntities: ResolvedEntity[] = [];
  for (const entity of plan.entities) {
    const { kept, lowProps } = splitProps(entity);
    const writable =
      entity.action === 'CREATE' && !flags.has(entity.id) && (needed.has(entity.id) || entity.type === 'Event');
    if (writable || entity.action !== 'CREATE') factEntities.push({ ...entity, props: kept });
    // An event written untitled under a description (ingest.untitled.ts): the title its page gave is for an editor.
    if (writable && entity.titleRead) proposals.push(titleProposal(documentId, entity, entity.titleRead));
    const flag = flags.get(entity.id);
    if (
      entity.action === 'CREATE' &&
      flag &&
      (entity.type === 'Event' || !plan.relations.some((r) => r.from === entity.id || r.to === entity.id))
    ) {
      proposals.push(
        draft(
          documentId,
          {
            kind: 'ENTITY',
            flag,
            target: entity,
            field: 'node',
            value: entity.name,
            confidence: entity.confidence,
            evidence: entity.span,
          },
          { nodes: [nodeOf(entity, kept)] },
        ),
      );
    }
    // A linked entity is not written: only its contradicted values are proposed (below), never values it holds.
    for (const group of entity.action === 'CREATE' ? lowProps : [])
      proposals.push(
        propertyProposal(documentId, entity, group, {
          reason: 'BELOW_THRESHOLD',
          why: `read with confidence below ${FACT_THRESHOLD}`,
        }),
      );
    for (const group of contradictionGroups(entity)) {
      const reason = entity.review ?? {
        reason: 'CONTRADICTS_GRAPH' as const,
        why: 'the page gives another value than the graph holds',
      };
      proposals.push(propertyProposal(documentId, entity, group, reason));
    }
  }
  const factIds = new Set(factEntities.filter((e) => e.action === 'CREATE').map((e) => e.id));
  for (const relation of plan.relations) {
    if (relation.action !== 'CREATE' || isFact(relation)) continue;
    const from = byId.get(relation.from)!;
    const to = byId.get(relation.to)!;
    const flag = flags.get(to.id) ??
      flags.get(from.id) ?? {
        reason: 'BELOW_THRESHOLD' as const,
        why: `read with confidence ${relation.confidence}, below ${FACT_THRESHOLD}`,
      };
    const nodes = [from, to]
      .filter((e) => e.action === 'CREATE' && !factIds.has(e.id))
      .map((e) => nodeOf(e, splitProps(e).kept));
    proposals.push(
      draft(
        documentId,
        {
          kind: 'RELATIONSHIP',
          flag,
          target: from,
          field: relation.type,
          value: `${relation.type} → ${to.name} (${to.id})`,
          confidence: relation.confidence,
          evidence: relation.span,
        },
        { nodes, relation: { type: relation.type, from: from.id, to: to.id, confidence: relation.confidence } },
      ),
    );
  }
  const reported: ResolvedPlan = {
    entities: plan.entities.map((e) => (e.action === 'CREATE' && !factIds.has(e.id) ? { ...e, action: 'PROPOSE' } : e)),
    relations: plan.relations.map((r) => (r.action === 'CREATE' && !isFact(r) ? { ...r, action: 'PROPOSE' } : r)),
  };
  return { facts: { entities: factEntities, relations: factRelations }, proposals: dedupe(proposals), reported };
}

/**
 * How sure the page is that the entity exists: its name's confidence; for an event, also that of its start date (a
 * date tied to an event at or above the threshold vouches for the event even under a heading that does not name it).
 */
function existence(entity: ResolvedEntity): number {
  const start = entity.type === 'Event' ? (entity.propEvidence?.startDate?.confidence ?? 0) : 0;
  return Math.max(entity.confidence, start);
}

/** An entity's props without those read below the threshold, and those, grouped as they are proposed. */
function splitProps(entity: ResolvedEntity): {
  kept: Record<string, unknown>;
  lowProps: Array<Record<string, unknown>>;
} {
  const low = Object.entries(entity.propEvidence ?? {})
    .filter(([key, e]) => e.confidence < FACT_THRESHOLD && key in entity.props)
    .map(([key]) => key);
  const kept = Object.fromEntries(Object.entries(entity.props).filter(([key]) => !low.includes(key)));
  const lowProps = PROP_GROUPS.map((group) =>
    Object.fromEntries(group.filter((key) => low.includes(key)).map((key) => [key, entity.props[key]])),
  ).filter((g) => Object.keys(g).length);
  return { kept, lowProps };
}

function contradictionGroups(entity: ResolvedEntity): Array<Record<string, unknown>> {
  const found = entity.contradictions ?? [];
  return PROP_GROUPS.map((group) =>
    Object.fromEntries(found.filter((c) => group.includes(c.field)).map((c) => [c.field, c.value])),
  ).filter((g) => Object.keys(g).length);
}

function propertyProposal(
  documentId: string,
  entity: ResolvedEntity,
  props: Record<string, unknown>,
  flag: ReviewFlag,
): ProposalDraft {
  const fields = Object.keys(props);
  const evidence = fields.map((f) => entity.propEvidence?.[f]).find(Boolean) ?? {
    confidence: entity.confidence,
    span: entity.span,
  };
  const current = (entity.contradictions ?? []).filter((c) => fields.includes(c.field));
  const proposal = draft(
    documentId,
    {
      kind: 'PROPERTY',
      flag,
      target: entity,
      field: fields.join(', '),
      value: JSON.stringify(props),
      confidence: evidence.confidence,
      evidence: evidence.span,
    },
    { nodes: [], set: { id: entity.id, props } },
  );
  return current.length
    ? { ...proposal, currentValue: JSON.stringify(Object.fromEntries(current.map((c) => [c.field, c.stored]))) }
    : proposal;
}

/** The title an event written untitled was read with, proposed as its name (accepting renames the event). */
function titleProposal(documentId: string, entity: ResolvedEntity, title: Mention<string>): ProposalDraft {
  return draft(
    documentId,
    {
      kind: 'PROPERTY',
      flag: {
        reason: 'BELOW_THRESHOLD',
        why: `its title was read with confidence ${title.confidence}, below ${FACT_THRESHOLD}: written as "${entity.name}"`,
      },
      target: entity,
      field: 'name',
      value: JSON.stringify({ name: title.value }),
      confidence: title.confidence,
      evidence: title.span,
    },
    { nodes: [], set: { id: entity.id, props: { name: title.value } } },
  );
}

function nodeOf(entity: ResolvedEntity, props: Record<string, unknown>): ProposedNode {
  return { type: entity.type, id: entity.id, name: entity.name, props };
}

interface DraftInput {
  kind: ProposalKind;
  flag: ReviewFlag;
  target: ResolvedEntity;
  field: string;
  value: string;
  confidence: number;
  evidence: TextSpan;
}

function draft(documentId: string, input: DraftInput, change: ProposalChange): ProposalDraft {
  const hash = createHash('sha256')
    .update(JSON.stringify([documentId, input.kind, input.target.id, input.field, change]))
    .digest('hex')
    .slice(0, 24);
  return {
    id: `proposal:${hash}`,
    kind: input.kind,
    reason: input.flag.reason,
    why: input.flag.why,
    targetId: input.target.id,
    targetName: input.target.name,
    field: input.field,
    proposedValue: input.value,
    currentValue: null,
    similarTo: input.flag.similarTo ?? null,
    confidence: input.confidence,
    evidence: input.evidence,
    change,
  };
}

function dedupe(proposals: ProposalDraft[]): ProposalDraft[] {
  return [...new Map(proposals.map((p) => [p.id, p])).values()];
}
