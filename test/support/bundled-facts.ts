import { readFileSync } from 'node:fs';
import { BUNDLED_FILES } from './test-graph';

/** One relation of the bundled data files, its props merged over every file that states it. */
export interface FactRelation {
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
}

/** The bundled data files (data/*.json) as read, independently of the importer: entities' props and relations merged by id. */
export interface BundledFacts {
  entities: Map<string, { type: string; name: string; props: Record<string, unknown> }>;
  relations: FactRelation[];
}

/** Reads the bundled data files afresh (another person grows them: tests compute their expectations from here). */
export function readBundledFacts(): BundledFacts {
  const entities: BundledFacts['entities'] = new Map();
  const relations = new Map<string, FactRelation>();
  for (const file of BUNDLED_FILES) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { entities?: any[]; relations?: any[] };
    for (const entity of data.entities ?? []) {
      const known = entities.get(entity.id);
      entities.set(entity.id, {
        type: entity.type,
        name: entity.name,
        props: { ...(known?.props ?? {}), ...(entity.props ?? {}) },
      });
    }
    for (const relation of data.relations ?? []) {
      const key = `${relation.from}|${relation.type}|${relation.to}`;
      const known = relations.get(key);
      relations.set(key, {
        from: relation.from,
        type: relation.type,
        to: relation.to,
        props: { ...(known?.props ?? {}), ...(relation.props ?? {}) },
      });
    }
  }
  return { entities, relations: [...relations.values()] };
}

/** The year of a since/until value as the data gives it (1998, "2004", "2013-05", "1995-09-01"), or null. */
export function yearOfValue(value: unknown): number | null {
  return value === undefined || value === null ? null : Number(String(value).slice(0, 4));
}

/** Whether a relation held at some time in `year`: its since/until at year precision, a missing one open. */
export function heldIn(relation: FactRelation, year: number): boolean {
  const since = yearOfValue(relation.props.since);
  const until = yearOfValue(relation.props.until);
  return (since === null || since <= year) && (until === null || until >= year);
}

/** True when the relation has a since or an until. */
export function isDated(relation: FactRelation): boolean {
  return relation.props.since !== undefined || relation.props.until !== undefined;
}
