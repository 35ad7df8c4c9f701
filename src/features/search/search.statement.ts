import neo4j from 'neo4j-driver';
import { ENTITY_TYPES, EntityType } from '../../domain/entity-types';
import { foldText } from '../../domain/text-folding';
import { bindCypher } from '../../db/cypher-files';
import { CypherParams, Statement } from '../../graph/cypher-identifiers';
import { luceneQuery, searchTerms } from './lucene-query';

/**
 * The full-text search statement (cypher/search.cypher) for `text` over entities of `types` (all when empty),
 * at most `first` results; rows `node`, `score`. Undefined when the text has no words or `first` is 0 (nothing to
 * ask Neo4j).
 */
export function searchStatement(
  text: string,
  types: readonly EntityType[] | undefined,
  first: number,
  params: CypherParams,
): Statement | undefined {
  const terms = searchTerms(text);
  if (terms.length === 0 || first === 0) return undefined;
  const cypher = bindCypher(
    'search.search',
    {
      lucene: luceneQuery(terms),
      folded: searchKeyText(text),
      labels: types?.length ? types : ENTITY_TYPES,
      candidates: neo4j.int(Math.max(first * 3, 50)),
      first: neo4j.int(first),
    },
    params,
  );
  return { cypher, params: params.values };
}

/**
 * The search text as cypher/search.cypher compares it with the parts of a stored `searchKey`: folded the same way,
 * trimmed, runs of white space as one space (so "Le  Forem " is still exactly "le forem"). Not cut to a name's
 * length: a cut text could equal a name that is only its beginning, and a text longer than every name simply is in
 * none of them (the text index answers a 10 000-character CONTAINS at once).
 */
export function searchKeyText(text: string): string {
  return foldText(text).trim().replace(/\s+/gu, ' ');
}
