/**
 * Years accepted in filters and writes: wide enough for founding years of old institutions, narrow enough to catch
 * typos.
 */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

/**
 * Longest name or title accepted, in characters. Neo4j range indexes refuse keys above ~8 KB (UTF-8 bytes), which
 * 500 characters can never reach (at most 2 000 bytes); field case F10.
 */
export const MAX_NAME_LENGTH = 500;

/** Longest free text (summaries, roles, target groups) accepted, in characters. */
export const MAX_TEXT_LENGTH = 2000;

/**
 * Longest document `ingestDocument` accepts, in characters (as class-validator counts them: a surrogate pair is one):
 * an event page is a few thousand; this bounds the work per request. The default request body limit is derived from it
 * (src/config.ts, DEFAULT_MAX_BODY_BYTES).
 */
export const MAX_DOCUMENT_LENGTH = 200_000;
