import { EntityType, isEntityType } from '../../domain/entity-types';
import { foldText } from '../../domain/text-folding';

/**
 * A node an extracted mention may resolve to, as the resolution reads it (cypher/ingest.cypher resolutionCandidates).
 */
export interface StoredNode {
  id: string;
  type: EntityType;
  name: string;
  keys: string[];
  acronym?: string;
  kind?: string;
  startDate?: string;
  endDate?: string;
  virtual?: boolean;
  url?: string;
  /** Ids of the places and countries an event was held in. */
  heldIn: string[];
  /** Year of a policy document or publication; years a working group ran (either may be missing). */
  year?: number;
  startYear?: number;
  endYear?: number;
}

/** The stored node of a resolutionCandidates row; undefined for a row of no entity type. */
export function toStoredNode(row: Record<string, unknown>): StoredNode | undefined {
  const type = (row.labels as string[]).find(isEntityType);
  if (!type) return undefined;
  return {
    id: String(row.id),
    type,
    name: String(row.name ?? row.id),
    keys: typeof row.searchKey === 'string' ? row.searchKey.split(' | ') : [foldText(String(row.name ?? ''))],
    acronym: typeof row.acronym === 'string' ? row.acronym : undefined,
    kind: typeof row.kind === 'string' ? row.kind : undefined,
    startDate: typeof row.startDate === 'string' ? row.startDate : undefined,
    endDate: typeof row.endDate === 'string' ? row.endDate : undefined,
    virtual: typeof row.virtual === 'boolean' ? row.virtual : undefined,
    url: typeof row.url === 'string' ? row.url : undefined,
    heldIn: Array.isArray(row.heldIn) ? row.heldIn.map(String) : [],
    year: typeof row.year === 'number' ? row.year : undefined,
    startYear: typeof row.startYear === 'number' ? row.startYear : undefined,
    endYear: typeof row.endYear === 'number' ? row.endYear : undefined,
  };
}
