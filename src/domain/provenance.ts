/*
 * Provenance: where facts came from. A `SourceDocument` node stands for one ingested document (its URL, the SHA-256
 * of its text, when it was ingested); every node an ingestion created links to it with `EXTRACTED_FROM`, and every
 * relationship it created lists the document's id in its `extractedFrom` property.
 *
 * These are an allow-list of their own, apart from ENTITY_TYPES and RELATIONSHIP_ENDPOINTS on purpose: a source
 * document is not an entity of the domain (it has no place in data/FORMAT.md, is never imported, linked or edited
 * through the generic mutations, and does not carry the `Entity` label, so entity counts, lists, search and
 * `node(id:)` are unaffected), and EXTRACTED_FROM is written only by the ingester, never by a client.
 */

/** The label of a source document node. */
export const SOURCE_DOCUMENT_LABEL = 'SourceDocument';

/** The relationship from a created entity to the document it was extracted from. */
export const EXTRACTED_FROM = 'EXTRACTED_FROM';

/** The system labels and relationship types (allow-list for Cypher text beside src/domain/entity-types.ts). */
export const PROVENANCE_LABELS = [SOURCE_DOCUMENT_LABEL] as const;
export const PROVENANCE_RELATIONSHIP_TYPES = [EXTRACTED_FROM] as const;

/** Id prefix of source documents: `source:<sha256 hex of the text>`. */
export const SOURCE_DOCUMENT_ID_PREFIX = 'source';
