/*
 * The bounds of the network fields, apart from their GraphQL argument classes so that the pure statement builders
 * (and the benchmark's copy of them) load without type-graphql.
 */

/** Longest path `paths` searches (issue 3: at most 6 hops). */
export const MAX_PATH_HOPS = 6;
/** Most paths `paths` returns. */
export const MAX_PATHS = 25;
/** Deepest neighbourhood, in rings. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
/** Largest neighbourhood, in nodes (center included). */
export const MAX_NEIGHBOURHOOD_NODES = 500;
