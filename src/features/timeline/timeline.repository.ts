import { PlainNode, PlainRelationship } from '../../db/driver-values';
import { EntityRecord, entityFromNode, RelationshipObject, toRelationshipObject } from '../../graph/entity-record';
import { Reader } from '../../graph/statement-batcher';
import { countryTimelineStatement } from './timeline.statement';

/** What happened in a country: an event, a standard, a policy document, or a membership starting or ending. */
export type TimelineKind = 'EVENT' | 'STANDARD' | 'POLICY_DOCUMENT' | 'MEMBERSHIP_STARTED' | 'MEMBERSHIP_ENDED';

/** One happening of a country's timeline as read from the graph. */
export interface TimelineItem {
  kind: TimelineKind;
  year: number;
  /** The event, standard or policy document; for memberships the group joined or left. */
  entity: EntityRecord;
  /** For memberships: the country itself or an organisation seated in it then. */
  member: EntityRecord | null;
  membership: RelationshipObject | null;
}

/** Reads a country's timeline (see timeline.statement.ts for what counts). */
export class CountryTimelineRepository {
  constructor(private readonly reader: Reader) {}

  /**
   * Everything that happened in the country from `from` to `to` (years, both included), in no particular order.
   * @param countryId the country's id, e.g. `country:PL` (an unknown id gives no items)
   */
  async items(countryId: string, from: number, to: number): Promise<TimelineItem[]> {
    const statement = countryTimelineStatement(countryId, from, to, this.reader.params());
    const rows = await this.reader.read(statement.cypher, statement.params, ['kind', 'year', 'node', 'member', 'rel']);
    return rows.map((row) => ({
      kind: row.kind as TimelineKind,
      year: Number(row.year),
      entity: entityFromNode(row.node as PlainNode),
      member: row.member ? entityFromNode(row.member as PlainNode) : null,
      membership: row.rel ? toRelationshipObject(row.rel as PlainRelationship) : null,
    }));
  }
}
