/** Years accepted in filters and writes: wide enough for founding years of old institutions, narrow enough to catch typos. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

/**
 * Longest name or title accepted, in characters. Neo4j range indexes refuse keys above ~8 KB (UTF-8 bytes), which
 * 500 characters can never reach (at most 2 000 bytes); field case F10.
 */
export const MAX_NAME_LENGTH = 500;

/** Longest free text (summaries, roles, target groups) accepted, in characters. */
export const MAX_TEXT_LENGTH = 2000;
