import { createHash } from 'node:crypto';
import { SOURCE_DOCUMENT_ID_PREFIX } from '../../domain/provenance';
import { namedCypher } from '../../db/cypher-files';
import { Executor } from '../../db/executor';
import { BadUserInputError } from '../../errors/api-errors';
import { MAX_DOCUMENT_LENGTH } from '../../domain/limits';
import { extractDocument, readWholePage } from './ingest.extract';
import { whyNotAnEventPage } from './ingest.event-evidence';
import { planCandidates } from './ingest.plan';
import { IngestReport, summarise } from './ingest.report';
import { resolvePlan } from './ingest.resolve';
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
 * Ingests one event page: extract (pure) → candidates (validated; BAD_USER_INPUT on a field that cannot be stored)
 * → entity resolution against the graph → report, and unless `dryRun`, one write transaction. A document whose text
 * was ingested before (same SHA-256) is reported as `alreadyIngested` and nothing is written, so ingesting twice
 * changes nothing. The same rules hold for the mutation and the CLI.
 * @throws BadUserInputError naming `text` when it is blank or too long, or when it is to be written but does not read
 *   as an event page (see whyNotAnEventPage; a dry run reports the reason in `warnings` instead); naming the field
 *   when an extracted value cannot be stored. Nothing is written then.
 */
export async function ingestDocument(executor: Executor, request: IngestRequest): Promise<IngestReport> {
  if (!/[^\s\p{Cf}\p{Cc}]/u.test(request.text)) throw BadUserInputError.of('text', 'text must not be blank');
  if (request.text.length > MAX_DOCUMENT_LENGTH) throw BadUserInputError.of('text', `text must be shorter than or equal to ${MAX_DOCUMENT_LENGTH} characters`);
  const contentHash = createHash('sha256').update(request.text, 'utf8').digest('hex');
  const documentId = `${SOURCE_DOCUMENT_ID_PREFIX}:${contentHash}`;
  const page = extractDocument(request.text, request.sourceUrl);
  const refusal = whyNotAnEventPage(page);
  if (refusal && !request.dryRun) throw BadUserInputError.of('text', `the document cannot be ingested: ${refusal}`);
  // Issue 11 (branch issue-11q) makes the pipeline take one candidate set per event (planPage); until then the
  // first event is ingested, and a refused page's dry run reports the whole page read as one event.
  const extraction = page.events[0] ?? readWholePage(page);
  const candidates = planCandidates(extraction, page, request.sourceUrl);
  const plan = await resolvePlan(executor, candidates, request.sourceUrl);
  const [previous] = await executor.read(namedCypher('ingest.sourceDocument'), { id: documentId });
  const document = { id: documentId, url: request.sourceUrl, contentHash, title: extraction.title.value, documentType: page.documentType?.value ?? null };
  let ingestedAt = previous ? String(previous.ingestedAt) : null;
  // A concurrent ingestion of the same text may commit between the read above and this write (issue 12).
  const written = !request.dryRun && !previous ? await writePlan(executor, plan, document, request.actor) : undefined;
  ingestedAt = written?.ingestedAt ?? ingestedAt;
  return summarise({ extraction, plan, document: { ...document, ingestedAt }, dryRun: request.dryRun, alreadyIngested: previous !== undefined || written?.written === false, warnings: refusal ? [`writing it would be refused: ${refusal}`] : [] });
}
