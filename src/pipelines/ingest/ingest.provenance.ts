import DataLoader from 'dataloader';
import { namedCypher } from '../../db/cypher-files';
import { Executor } from '../../db/executor';
import { PublicationKind } from '../../domain/enums';
import { SourceDocument } from './ingest.types';

/** A SourceDocument with the ids of the entities extracted from it. */
export interface SourceDocumentWithFacts extends SourceDocument {
  factIds: string[];
}

/** The source document with this id (`source:<sha256>`), or null. */
export async function sourceDocumentById(executor: Executor, id: string): Promise<SourceDocumentWithFacts | null> {
  const [row] = await executor.read(namedCypher('ingest.sourceDocumentById'), { id });
  return row ? { ...toSourceDocument(row), factIds: (row.factIds as string[]).sort() } : null;
}

const loaders = new WeakMap<object, DataLoader<string, SourceDocument[]>>();

/**
 * The documents each entity was extracted from, batched per request: one round trip for all the entities a
 * response shows (the loader lives as long as the request context `scope`).
 */
export function sourceDocumentsLoader(scope: object, executor: Executor): DataLoader<string, SourceDocument[]> {
  let loader = loaders.get(scope);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await executor.read(namedCypher('ingest.sourceDocumentsOf'), { ids });
      return ids.map((id) => rows.filter((row) => row.id === id).map(toSourceDocument));
    });
    loaders.set(scope, loader);
  }
  return loader;
}

function toSourceDocument(row: Record<string, unknown>): SourceDocument {
  return {
    id: String(row.docId),
    url: String(row.url),
    contentHash: String(row.contentHash),
    ingestedAt: row.ingestedAt === null || row.ingestedAt === undefined ? null : String(row.ingestedAt),
    title: String(row.title ?? ''),
    documentType: (row.documentType as PublicationKind | null) ?? null,
    language: typeof row.language === 'string' ? row.language : null,
  };
}
