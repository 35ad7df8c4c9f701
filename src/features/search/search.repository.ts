import { EntityType } from '../../domain/entity-types';
import { Reader } from '../../graph/statement-batcher';
import { PlainNode } from '../../db/driver-values';
import { entityFromNode, EntityRecord } from '../../graph/entity-record';
import { searchStatement } from './search.statement';

/** One ranked search result. */
export interface SearchResult {
  record: EntityRecord;
  score: number;
}

/** Full-text search over entity names (statement: search.statement.ts), one statement per search. */
export class SearchRepository {
  constructor(private readonly reader: Reader) {}

  /**
   * Entities whose name, acronym, original or alternative name is the whole of `text` (case and accents ignored)
   * first; then those whose names match every word of `text`, then some of its words, best first; then entities
   * whose folded names contain the text. Text without words (empty, `*`, punctuation) finds nothing and costs no
   * round trip.
   */
  async search(text: string, types: readonly EntityType[] | undefined, first: number): Promise<SearchResult[]> {
    const statement = searchStatement(text, types, first, this.reader.params());
    if (!statement) return [];
    const rows = await this.reader.read(statement.cypher, statement.params, ['node', 'score']);
    return rows.map((row) => ({ record: entityFromNode(row.node as PlainNode), score: Number(row.score) }));
  }
}
