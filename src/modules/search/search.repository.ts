import neo4j from 'neo4j-driver';
import { ENTITY_TYPES, EntityType } from '../../domain/entity-types';
import { foldText } from '../../domain/text-folding';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { namedCypher } from '../../db/cypher-files';
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
   * Entities whose names, acronyms, original or alternative names match every word of `text`, best first; then
   * entities whose folded names contain the text. Text without words (empty, `*`, punctuation) finds nothing and
   * costs no round trip.
   */
  async search(text: string, types: readonly EntityType[] | undefined, first: number): Promise<SearchResult[]> {
    const terms = searchTerms(text);
    if (terms.length === 0 || first === 0) return [];
    const rows = await this.reader.read(namedCypher('search.search'), {
      lucene: luceneQuery(terms),
      folded: foldText(text.trim()).slice(0, MAX_NAME_LENGTH),
      labels: types?.length ? types : ENTITY_TYPES,
      candidates: neo4j.int(Math.max(first * 3, 50)),
      first: neo4j.int(first),
    }, ['node', 'score']);
    return rows.map((row) => ({ record: entityFromNode(row.node as PlainNode), score: Number(row.score) }));
  }
}
