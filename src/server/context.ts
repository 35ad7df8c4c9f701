// Kept only for the entity resolvers under rewrite (issue 14), which still import GraphContext from here: the
// context now lives in src/context/graph-context.ts, below the server. Remove this file once they import it there.
export type { GraphContext, RequestInfo } from '../context/graph-context';
