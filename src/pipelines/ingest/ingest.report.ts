import { FACT_THRESHOLD, TextSpan, TitleOrigin } from './ingest.model';
import { PagePlan } from './ingest.page-plan';
import { ResolvedEntity, ResolvedRelation } from './ingest.resolve';
import { ProposalDraft, ReviewedPlan } from './ingest.review';
import type { SourceDocumentRow } from './ingest.writer';

/** What one ingestion extracted, linked and created (the CLI prints it, the mutation returns it). */
export interface IngestReport {
  dryRun: boolean;
  /** True when this exact text was ingested before: nothing was (or would be) written. */
  alreadyIngested: boolean;
  /** The SourceDocument, and when it was stored (null for a dry run). */
  document: SourceDocumentRow & { ingestedAt: string | null };
  /** The first event's title. */
  title: { value: string; origin: TitleOrigin; confidence: number; span: TextSpan };
  /** Every event of the page, in page order (the first is the one `title` names). */
  events: ResolvedEntity[];
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
  /** What was (or would be) queued for review instead of written. */
  proposals: ProposalDraft[];
  /**
   * How many entities and relationships this call created (or a dry run would create) and proposals it queued: all 0
   * when the document was ingested before (or a concurrent call wrote it), whatever the plan shows.
   */
  counts: {
    entitiesCreated: number;
    entitiesLinked: number;
    mentionsOnly: number;
    relationsCreated: number;
    relationsExisting: number;
    proposals: number;
  };
  /**
   * Why writing this document would be refused (a dry run reports instead of refusing), then the values and events
   * left out because they cannot be stored, each naming the field.
   */
  warnings: string[];
}

/** Builds the report of an ingestion from its page plan and document. */
export function summarise(input: {
  page: PagePlan;
  reviewed: ReviewedPlan;
  document: IngestReport['document'];
  dryRun: boolean;
  alreadyIngested: boolean;
  warnings: string[];
}): IngestReport {
  const plan = input.reviewed.reported;
  const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;
  // Nothing is (or would be) written for a document ingested before: created counts say what this call wrote.
  const made = <T>(items: T[], test: (item: T) => boolean) => (input.alreadyIngested ? 0 : count(items, test));
  return {
    dryRun: input.dryRun,
    alreadyIngested: input.alreadyIngested,
    document: input.document,
    title: input.page.events[0].extraction.title,
    events: input.page.events.map(
      (e) => plan.entities.find((entity) => entity.id === eventOf(e.plan.entities).id) ?? eventOf(e.plan.entities),
    ),
    entities: plan.entities,
    relations: plan.relations,
    warnings: input.warnings,
    proposals: input.reviewed.proposals,
    counts: {
      entitiesCreated: made(plan.entities, (e) => e.action === 'CREATE'),
      entitiesLinked: count(plan.entities, (e) => e.action === 'LINK'),
      mentionsOnly: count(plan.entities, (e) => e.action === 'MENTION'),
      relationsCreated: made(plan.relations, (r) => r.action === 'CREATE'),
      relationsExisting: count(plan.relations, (r) => r.action === 'EXISTS'),
      proposals: input.alreadyIngested ? 0 : input.reviewed.proposals.length,
    },
  };
}

function eventOf(entities: ResolvedEntity[]): ResolvedEntity {
  const event = entities.find((entity) => entity.role === 'event');
  if (!event) throw new Error('an ingestion plan always holds its event');
  return event;
}

/**
 * "WORKSHOP, 2017-03-09 to 2017-03-10, online": an event's kind, dates and online flag as the plan holds them; a value
 * read below FACT_THRESHOLD is marked "(proposed)": it goes to the review queue, not into the graph.
 */
function eventFacts(event: ResolvedEntity): string {
  const { props, propEvidence } = event;
  const shown = (key: string, text: string) =>
    (propEvidence?.[key]?.confidence ?? 1) < FACT_THRESHOLD ? `${text} (proposed)` : text;
  const facts = [props.kind ? shown('kind', String(props.kind)) : 'kind unknown'];
  facts.push(props.startDate ? shown('startDate', String(props.startDate)) : 'no date');
  if (props.endDate) facts[facts.length - 1] += ` to ${shown('endDate', String(props.endDate))}`;
  if (props.virtual) facts.push(shown('virtual', 'online'));
  return facts.join(', ');
}

/** Human-readable lines: the title and how it was found, then entities and relationships by outcome. */
export function formatIngestReport(report: IngestReport, file?: string): string {
  const verb = report.alreadyIngested
    ? 'already ingested, nothing written'
    : report.dryRun
      ? 'dry run, nothing written'
      : 'written';
  const lines = [
    `${file ?? report.document.url}: ${verb}`,
    `  title (${report.title.origin}, ${report.title.confidence}): ${report.title.value}`,
    // Each event's kind and dates, which the entity lists below do not show (a new user's trial, 2026-12-08).
    ...report.events.map((event) => `  event ${event.id}: ${eventFacts(event)}`),
  ];
  const entity = (e: ResolvedEntity) =>
    `    ${e.role.padEnd(22)} ${e.id}  "${e.name}"${e.matchedBy ? ` (by ${e.matchedBy}${e.existingName && e.existingName !== e.name ? `: "${e.existingName}"` : ''})` : ''}  ${e.confidence}  [${e.span.start}-${e.span.end}]`;
  for (const [action, title] of [
    ['CREATE', 'created'],
    ['LINK', 'linked to existing'],
    ['PROPOSE', 'proposed for review'],
    ['MENTION', 'mentioned only'],
  ] as const) {
    const items = report.entities.filter((e) => e.action === action);
    if (items.length) lines.push(`  ${title}:`, ...items.map(entity));
  }
  for (const [action, title] of [
    ['CREATE', 'new relationships'],
    ['EXISTS', 'relationships already in the graph'],
  ] as const) {
    const items = report.relations.filter((r) => r.action === action);
    if (items.length)
      lines.push(`  ${title}:`, ...items.map((r) => `    ${r.from} -${r.type}-> ${r.to}  ${r.confidence}`));
  }
  if (report.proposals.length)
    lines.push(
      '  proposals for review:',
      ...report.proposals.map(
        (p) => `    ${p.kind} ${p.targetId} ${p.field}: ${p.proposedValue}  (${p.reason}: ${p.why})`,
      ),
    );
  const c = report.counts;
  for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
  lines.push(
    `  entities: ${c.entitiesCreated} created, ${c.entitiesLinked} linked, ${c.mentionsOnly} mentioned only; ` +
      `relationships: ${c.relationsCreated} new, ${c.relationsExisting} existing; ${c.proposals} proposals`,
  );
  return lines.join('\n');
}
