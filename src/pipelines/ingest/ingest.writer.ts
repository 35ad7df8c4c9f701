import { EntityType } from '../../domain/entity-types';
import { RelationshipType } from '../../domain/relationship-types';
import { namedCypher } from '../../db/cypher-files';
import { Executor } from '../../db/executor';
import { labelProps, LANGUAGE_TAG } from '../../domain/labels';
import { toStoredProps, toStoredValues } from '../import/import.normalise';
import { EntityRow, mergeEntitiesIn, mergeRelationsIn, RelationRow } from '../import/import.writer';
import { writeProposalsIn } from './ingest.proposal-store';
import { ResolvedPlan } from './ingest.resolve';
import { ProposalDraft } from './ingest.review';

/** The SourceDocument node of one ingestion. */
export interface SourceDocumentRow {
  /** `source:<contentHash>`. */
  id: string;
  url: string;
  /** SHA-256 of the ingested text, hex. */
  contentHash: string;
  title: string;
  documentType: string | null;
  /** ISO 639-1, detected (ingest.language.ts). */
  language: string | null;
}

/**
 * Writes a resolved plan in ONE transaction (Executor.writeTransaction): the SourceDocument, the entities to create
 * (through the importer's own statements, so they carry createdAt/updatedAt/updatedBy, searchKey and a derived
 * `year` exactly as imported ones), the new relationships (with `sources: [url]`, `extractedFrom: [document id]` and
 * the extraction's `confidence`), and EXTRACTED_FROM from each created entity to the document, with the span it came
 * from. A created entity is labelled with its name in the page's language (issue 16: "document ingestion records the
 * page language's name for what it creates"), citing the page. Linked entities and relationships that exist are not
 * touched. The `proposals` (what the review keeps back,
 * ingest.review.ts) are queued in the same transaction. Any failure rolls everything back.
 *
 * The document node is merged first: when another ingestion of the same text committed it already (concurrent
 * identical ingestions wait for each other on its unique id), nothing else is written and `written` is false.
 * @returns when the document node was created (ISO date-time), whether this call wrote it, and the id of the stored
 *   proposal holding each proposal, by draft id (another page's pending proposal when it proposed the same change)
 */
export async function writePlan(
  executor: Executor,
  plan: ResolvedPlan,
  document: SourceDocumentRow,
  actor: string,
  proposals: ProposalDraft[] = [],
): Promise<{ ingestedAt: string; written: boolean; proposalIds: Map<string, string> }> {
  const created = plan.entities.filter((e) => e.action === 'CREATE');
  const newRelations = plan.relations.filter((r) => r.action === 'CREATE');
  return executor.writeTransaction(async (tx) => {
    const [{ ingestedAt, created: written }] = await tx.run(namedCypher('ingest.mergeSourceDocument'), {
      document,
      actor,
    });
    if (written !== true)
      return { ingestedAt: String(ingestedAt), written: false, proposalIds: new Map<string, string>() };
    for (const [type, entities] of groupBy(created, (e) => e.type)) {
      const rows: EntityRow[] = entities.map((e) => ({
        id: e.id,
        name: e.name,
        // A name written untitled describes the event in English (ingest.untitled.ts): not a label of the page's.
        props: { ...toStoredProps(type, e.name, e.props), ...(e.untitled ? {} : pageLabel(e.name, document)) },
        sources: [document.url],
      }));
      await mergeEntitiesIn(tx, type as EntityType, rows, actor);
    }
    for (const [type, relations] of groupBy(newRelations, (r) => r.type)) {
      const rows: RelationRow[] = relations.map((r) => ({
        from: r.from,
        to: r.to,
        props: toStoredValues({ extractedFrom: [document.id], confidence: r.confidence }),
        sources: [document.url],
      }));
      await mergeRelationsIn(tx, type as RelationshipType, rows, actor);
    }
    if (created.length) {
      const rows = created.map((e) => ({
        id: e.id,
        confidence: e.confidence,
        start: e.span.start,
        end: e.span.end,
        text: e.span.text,
      }));
      await tx.run(namedCypher('ingest.linkExtractedFrom'), {
        documentId: document.id,
        rows: rows.map((row) => ({ ...row, ...toStoredValues({ start: row.start, end: row.end }) })),
      });
    }
    const proposalIds = await writeProposalsIn(tx, document.id, proposals, actor);
    return { ingestedAt: String(ingestedAt), written: true, proposalIds };
  });
}

/** The label props of a name read from a page in a detected language (none when the language is unknown). */
function pageLabel(name: string, document: SourceDocumentRow): Record<string, string[]> {
  if (!document.language || !LANGUAGE_TAG.test(document.language)) return {};
  return labelProps([{ lang: document.language, value: name, source: document.url }]);
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
