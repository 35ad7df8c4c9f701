import slugify from 'slugify';
import pluralize from 'pluralize';
import { foldText } from '../../src/domain/text-folding';
import { ID_PREFIX, EntityType } from '../../src/domain/entity-types';

/** An entity record in the vet-facts format (data/FORMAT.md). */
export interface VetEntity {
  id: string;
  type: EntityType;
  name: string;
  props: Record<string, unknown>;
  sources: string[];
}

/** A relationship record in the vet-facts format. */
export interface VetRelation {
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
  sources: string[];
}

/** Folds a name for matching: accents and case ignored, punctuation as spaces, a leading "the" dropped. */
export function nameKey(name: string): string {
  return foldText(name)
    .replace(/[’'`]s\b/g, '')
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The key a name is found by among entities of `type`: {@link nameKey} with the spaces dropped ("World skills" =
 * "WorldSkills"); for a topic, its content words in the singular (pluralize's English rules: "Apprenticeship" =
 * "apprenticeships") in any order ("Excellence in VET" = "VET excellence"). The editors wrote one subject several
 * ways; issue 13 counted 978 topics.
 */
export function matchKey(type: EntityType, name: string): string {
  const words = nameKey(name).split(' ');
  if (type !== 'Topic') return words.join('');
  const content = words.filter((word) => !TOPIC_STOP_WORDS.has(word)).map((word) => pluralize.singular(word));
  return (content.length ? content : words).sort().join(' ');
}

/** Words a subject phrase may hold or drop without becoming another subject ("Excellence in VET" = "VET excellence"). */
const TOPIC_STOP_WORDS = new Set(['the', 'of', 'and', 'in', 'on', 'for', 'to', 'a', 'an', '&']);

/** A slug for an id: ASCII (transliterated by slugify), at most 70 characters cut at a hyphen. */
export function slugOf(name: string): string {
  let slug = slugify(name, { lower: true, strict: true, trim: true });
  if (slug.length > 70) slug = slug.slice(0, 70).replace(/-[^-]*$/, '');
  return slug.replace(/^-+|-+$/g, '');
}

/**
 * The entities known so far (those of the bundled files, then those this export creates), found by any of their
 * names: the name, `props.name`, the acronym and `altNames`, folded with {@link nameKey}. An acronym is only used when
 * one entity of the type holds it (issue 11: an acronym alone does not pick between two organisations).
 */
export class Registry {
  private readonly byId = new Map<string, VetEntity>();
  private readonly byKey = new Map<string, Set<string>>();
  /** Ids of the bundled files' entities; they are re-declared only with the sources this export adds. */
  readonly bundled = new Set<string>();
  /** Sources added to bundled entities, by id. */
  readonly addedSources = new Map<string, Set<string>>();

  constructor(bundled: VetEntity[]) {
    for (const entity of bundled) {
      if (this.byId.has(entity.id)) continue;
      this.bundled.add(entity.id);
      this.remember({ ...entity, sources: [...entity.sources] });
    }
  }

  /** The entity with that id, if known. */
  get(id: string): VetEntity | undefined {
    return this.byId.get(id);
  }

  /** Every entity known, bundled and new. */
  all(): VetEntity[] {
    return [...this.byId.values()];
  }

  /** The id of the one entity of `type` known by `name` (or by `acronym`), or undefined when none or several are. */
  find(type: EntityType, name: string, acronym?: string | null): string | undefined {
    for (const candidate of [name, acronym]) {
      if (!candidate) continue;
      const ids = this.byKey.get(`${type}|${matchKey(type, candidate)}`);
      if (ids && ids.size === 1) return [...ids][0];
    }
    return undefined;
  }

  /** True when `name` or `acronym` names two or more known entities of `type` (and so none may be picked or added). */
  isAmbiguous(type: EntityType, name: string, acronym?: string | null): boolean {
    return [name, acronym].some((n) => n && (this.byKey.get(`${type}|${matchKey(type, n)}`)?.size ?? 0) > 1);
  }

  /**
   * The id of the entity of `type` named `name` (undefined when that name is ambiguous: an acronym of two
   * organisations is neither of them and no third), created with `props` when none is known; `source` is added to its
   * sources either way (a bundled entity keeps its props: a page never overwrites them).
   */
  ensure(
    type: EntityType,
    name: string,
    source: string,
    props: Record<string, unknown> = {},
    acronym?: string | null,
  ): string | undefined {
    const known = this.find(type, name, acronym);
    if (known) {
      this.cite(known, source);
      return known;
    }
    if (this.isAmbiguous(type, name, acronym)) return undefined;
    const entity = this.create(type, slugOf(name) || 'unnamed', name, source, props);
    if (acronym && acronym !== name) {
      entity.props.acronym = acronym;
      this.index(type, acronym, entity.id);
    }
    return entity.id;
  }

  /**
   * Creates an entity whose id is the type's prefix and `slug` (with -2, -3 ... when taken), named `name`, citing
   * `source`. Returns the new entity.
   */
  create(type: EntityType, slug: string, name: string, source: string, props: Record<string, unknown> = {}): VetEntity {
    const base = `${ID_PREFIX[type]}:${slug}`;
    let id = base;
    for (let n = 2; this.byId.has(id); n++) id = `${base}-${n}`;
    const entity: VetEntity = { id, type, name, props: { ...props }, sources: [source] };
    this.remember(entity);
    return entity;
  }

  /** Forgets an entity this export created (a topic that only repeats another entity's name); bundled ones stay. */
  remove(id: string): void {
    if (this.bundled.has(id)) return;
    this.byId.delete(id);
    for (const ids of this.byKey.values()) ids.delete(id);
  }

  /** Adds `source` to the entity's sources (kept apart for bundled entities). */
  cite(id: string, source: string): void {
    const entity = this.byId.get(id);
    if (!entity) throw new Error(`unknown entity ${id}`);
    if (!entity.sources.includes(source)) entity.sources.push(source);
    if (this.bundled.has(id)) {
      const added = this.addedSources.get(id) ?? new Set<string>();
      added.add(source);
      this.addedSources.set(id, added);
    }
  }

  /** Records another name by which the entity is known (an acronym the page states). */
  alias(id: string, name: string): void {
    const entity = this.byId.get(id);
    if (entity) this.index(entity.type, name, id);
  }

  private remember(entity: VetEntity): void {
    this.byId.set(entity.id, entity);
    const names = [
      entity.name,
      entity.props.name,
      entity.props.acronym,
      ...(Array.isArray(entity.props.altNames) ? entity.props.altNames : []),
    ];
    for (const name of names) if (typeof name === 'string' && name.trim()) this.index(entity.type, name, entity.id);
  }

  private index(type: EntityType, name: string, id: string): void {
    const key = `${type}|${matchKey(type, name)}`;
    const ids = this.byKey.get(key) ?? new Set<string>();
    ids.add(id);
    this.byKey.set(key, ids);
  }
}

/** Relationships collected once per (from, type, to), their sources united. */
export class Relations {
  private readonly byKey = new Map<string, VetRelation>();

  /** Adds the relationship, or `sources` to the one already collected. */
  add(from: string, type: string, to: string, sources: string[], props: Record<string, unknown> = {}): void {
    if (from === to) return;
    const key = `${from}|${type}|${to}`;
    const known = this.byKey.get(key);
    if (known) {
      for (const source of sources) if (!known.sources.includes(source)) known.sources.push(source);
      return;
    }
    this.byKey.set(key, { from, type, to, props, sources: [...sources] });
  }

  /** Drops the collected relationships `drop` picks, returning them. */
  removeWhere(drop: (relation: VetRelation) => boolean): VetRelation[] {
    const dropped = [...this.byKey.entries()].filter(([, relation]) => drop(relation));
    for (const [key] of dropped) this.byKey.delete(key);
    return dropped.map(([, relation]) => relation);
  }

  /** True when the relationship was collected (or is given by `bundled`). */
  has(from: string, type: string, to: string): boolean {
    return this.byKey.has(`${from}|${type}|${to}`);
  }

  /** The collected relationships, in the order they were first added. */
  all(): VetRelation[] {
    return [...this.byKey.values()];
  }
}
