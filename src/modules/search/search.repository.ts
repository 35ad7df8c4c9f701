import neo4j from 'neo4j-driver';
import { ENTITY_TYPES, EntityType } from '../../domain/entity-types';
import { foldText } from '../../domain/text-folding';
import { bindCypher } from '../../db/cypher-files';
import { Reader } from '../../graph/statement-batcher';
import { PlainNode } from '../../db/driver-values';
import { entityFromNode, EntityRecord } from '../../graph/entity-record';
import { luceneQuery, searchTerms } from './lucene-query';

/** One ranked search result. */
export interface SearchResult {
  record: EntityRecord;
  score: number;
}

/** Full-text search over entity names (cypher/search.cypher), one statement per search. */
export class SearchRepository {
  constructor(private readonly reader: Reader) {}

  /**
   * Entities whose name, acronym, original or alternative name is the whole of `text` (case and accents ignored)
   * first; then those whose names match every word of `text`, then some of its words, best first; then entities
   * whose folded names contain the text. Text without words (empty, `*`, punctuation) finds nothing and costs no
   * round trip.
   */
  async search(text: string, types: readonly EntityType[] | undefined, first: number): Promise<SearchResult[]> {
    const terms = searchTerms(text);
    if (terms.length === 0 || first === 0) return [];
    const params = this.reader.params();
    const statement = bindCypher('search.search', {
      lucene: luceneQuery(terms),
      folded: searchKeyText(text),
      labels: types?.length ? types : ENTITY_TYPES,
      candidates: neo4j.int(Math.max(first * 3, 50)),
      first: neo4j.int(first),
    }, params);
    const rows = await this.reader.read(statement, params.values, ['node', 'score']);
    return rows.map((row) => ({ record: entityFromNode(row.node as PlainNode), score: Number(row.score) }));
  }
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
