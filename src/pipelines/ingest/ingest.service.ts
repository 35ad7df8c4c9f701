import { createHash } from 'node:crypto';
import { SOURCE_DOCUMENT_ID_PREFIX } from '../../domain/provenance';
import { namedCypher } from '../../db/cypher-files';
import { Executor } from '../../db/executor';
import { BadUserInputError } from '../../errors/api-errors';
import { MAX_DOCUMENT_LENGTH } from '../../domain/limits';
import { extractDocument, readWholePage } from './ingest.extract';
import { whyNotAnEventPage } from './ingest.event-evidence';
import { planPageEvents } from './ingest.page-plan';
import { IngestReport, summarise } from './ingest.report';
import { reviewPlan } from './ingest.review';
import { writePlan } from './ingest.writer';

/** What to ingest. */
export interface IngestRequest {
  /** The document: plain text or HTML. */
  text: string;
  /** Where it was read: an http(s) URL, or `seed:<file>` / `file:<name>` for local files. */
  sourceUrl: string;
  /** True: extract, resolve and report only; false: also write, in one transaction. */
  dryRun: boolean;
  /** Recorded as `updatedBy` and `ingestedBy` (the token subject, or the CLI's name). */
  actor: string;
}

/**
 * Ingests one page: extract (pure) → for every event the page describes, candidates (validated: a value that cannot
 * be stored is left out with a warning naming the field) → entity resolution against the graph → report, and unless
 * `dryRun`, one write transaction for the whole page with one SourceDocument. What is not certain (below
 * FACT_THRESHOLD, a name resembling a stored one, an event agreeing only in part, a value contradicting the graph) is
 * queued as a Proposal for an editor instead of written (ingest.review.ts). A document whose text
 * was ingested before (same SHA-256) is reported as `alreadyIngested` and nothing is written, so ingesting twice
 * changes nothing. The same rules hold for the mutation and the CLI.
 * @throws BadUserInputError naming `text` when it is blank or too long, or when it is to be written but does not read
 *   as an event page (see whyNotAnEventPage; a dry run reports the reason in `warnings` instead); naming `event.name`
 *   when no event of the page has a name that can be stored. Nothing is written then.
 */
export async function ingestDocument(executor: Executor, request: IngestRequest): Promise<IngestReport> {
  if (!/[^\s\p{Cf}\p{Cc}]/u.test(request.text)) throw BadUserInputError.of('text', 'text must not be blank');
  if (request.text.length > MAX_DOCUMENT_LENGTH)
    throw BadUserInputError.of('text', `text must be shorter than or equal to ${MAX_DOCUMENT_LENGTH} characters`);
  const contentHash = createHash('sha256').update(request.text, 'utf8').digest('hex');
  const documentId = `${SOURCE_DOCUMENT_ID_PREFIX}:${contentHash}`;
  const page = extractDocument(request.text, request.sourceUrl);
  const refusal = whyNotAnEventPage(page);
  if (refusal && !request.dryRun) throw BadUserInputError.of('text', `the document cannot be ingested: ${refusal}`);
  // A refused page's dry run reports the whole page read as one event (nothing of it is written).
  const extractions = page.events.length ? page.events : [readWholePage(page)];
  const planned = await planPageEvents(executor, page, extractions, request.sourceUrl);
  const [first] = planned.events;
  const [previous] = await executor.read(namedCypher('ingest.sourceDocument'), { id: documentId });
  const document = {
    id: documentId,
    url: request.sourceUrl,
    contentHash,
    title: first.extraction.title.value,
    documentType: page.documentType?.value ?? null,
    language: page.language?.value ?? null,
  };
  const planReview = reviewPlan(planned.merged, documentId);
  let ingestedAt = previous ? String(previous.ingestedAt) : null;
  // A concurrent ingestion of the same text may commit between the read above and this write (issue 12).
  const written =
    !request.dryRun && !previous
      ? await writePlan(executor, planReview.facts, document, request.actor, planReview.proposals)
      : undefined;
  ingestedAt = written?.ingestedAt ?? ingestedAt;
  // A proposal another page queued already (the same change, still pending) is reported under that one's id.
  const reviewed = {
    ...planReview,
    proposals: planReview.proposals.map((p) => ({ ...p, id: written?.proposalIds.get(p.id) ?? p.id })),
  };
  const warnings = [...(refusal ? [`writing it would be refused: ${refusal}`] : []), ...planned.warnings];
  return summarise({
    page: planned,
    reviewed,
    document: { ...document, ingestedAt },
    dryRun: request.dryRun,
    alreadyIngested: previous !== undefined || written?.written === false,
    warnings,
  });
}
