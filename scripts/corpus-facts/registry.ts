import slugify from 'slugify';
import pluralize from 'pluralize';
import { foldText } from '../../src/domain/text-folding';
import { ID_PREFIX, EntityType } from '../../src/domain/entity-types';
import { splitBrackets } from './names';
import { isGenericName } from '../../src/domain/generic-names';

/** An entity record in the vet-facts format (data/FORMAT.md). */
export interface VetEntity {
  id: string;
  type: EntityType;
  name: string;
  props: Record<string, unknown>;
  sources: string[];
}

/**
 * An editor's judgement that several names the pages use are one entity (data/review/same-as.json): "Bundesministerium
 * für Bildung und Forschung" and "German Federal Ministry of Education and Research" are the BMBF. `id` names the
 * bundled entity they are, when there is one; `why` says how the editor knows.
 */
export interface SameAsGroup {
  type: EntityType;
  id?: string;
  names: string[];
  why: string;
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

/**
 * True for an organisation known only by a generic name ({@link isGenericName}) and no acronym: it is found only within
 * a scope (its stated country, else its page). An acronym ("BIBB", "NAVET") names one body, so its full name is found
 * everywhere as before.
 */
function isScoped(type: EntityType, name: string, acronym?: unknown): boolean {
  return type === 'Organisation' && !acronym && isGenericName(name);
}

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
  private readonly groups: SameAsGroup[] = [];
  /** Names given by {@link knownAs}, by type and match key. */
  private readonly aliases = new Map<string, Set<string>>();

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

  /**
   * The id of the one entity of `type` known by `name` (or by `acronym`), or undefined when none or several are. A
   * generic organisation name ({@link isGenericName}) is only found within `scope` (the country the page states, else
   * the page's URL); without a scope it is never found.
   */
  find(type: EntityType, name: string, acronym?: string | null, scope?: string): string | undefined {
    for (const candidate of [name, acronym]) {
      const ids = candidate
        ? this.lookUp(type, candidate, candidate === name && !acronym ? scope : undefined)
        : undefined;
      if (ids && ids.size === 1) return [...ids][0];
    }
    return undefined;
  }

  /** True when `name` or `acronym` names two or more known entities of `type` (and so none may be picked or added). */
  isAmbiguous(type: EntityType, name: string, acronym?: string | null, scope?: string): boolean {
    return [name, acronym].some(
      (n) => n && (this.lookUp(type, n, n === name && !acronym ? scope : undefined)?.size ?? 0) > 1,
    );
  }

  /**
   * The entities `name` may be: an editor's name ({@link knownAs}) first; for a generic organisation name, the generic entity of that
   * name within `scope`; else the entities whose own name (not generic, or with an acronym) it is.
   */
  private lookUp(type: EntityType, name: string, scope: string | undefined): Set<string> | undefined {
    const key = `${type}|${matchKey(type, name)}`;
    const scoped = scope && isScoped(type, name) ? this.byKey.get(`${key}|${scope}`) : undefined;
    return this.aliases.get(key) ?? (scoped?.size ? scoped : this.byKey.get(key));
  }

  /**
   * The id of the entity of `type` named `name` (undefined when that name is ambiguous: an acronym of two
   * organisations is neither of them and no third), created with `props` when none is known; `source` is added to its
   * sources either way (a bundled entity keeps its props: a page never overwrites them). `scope` as in {@link find}.
   */
  ensure(
    type: EntityType,
    name: string,
    source: string,
    props: Record<string, unknown> = {},
    acronym?: string | null,
    scope?: string,
  ): string | undefined {
    const known = this.find(type, name, acronym, scope);
    if (known) {
      this.cite(known, source);
      return known;
    }
    if (this.isAmbiguous(type, name, acronym, scope)) return undefined;
    const withAcronym = acronym && acronym !== name ? { ...props, acronym } : props;
    // A same-as group's entity takes the group's first name, whichever of its names a page used first.
    const key = matchKey(type, name);
    const group = this.groups.find((g) => g.type === type && g.names.some((n) => matchKey(type, n) === key));
    const preferred = group?.names[0] ?? name;
    const entity = this.create(type, slugOf(preferred) || 'unnamed', preferred, source, withAcronym);
    if (scope && isScoped(type, name, withAcronym.acronym))
      this.index(`${type}|${matchKey(type, name)}|${scope}`, entity.id);
    return entity.id;
  }

  /**
   * Makes the names of one reviewed same-as group ({@link SameAsGroup}) find one entity: the group's `id` when it is
   * known (a bundled entity), else the entity created (named by the group's first name) when a page first uses one.
   */
  sameAs(group: SameAsGroup): void {
    this.groups.push(group);
    if (group.id && this.byId.has(group.id)) for (const name of group.names) this.knownAs(group.id, name);
  }

  /** The one entity an editor gave the name `name` ({@link knownAs}), if any. */
  joined(type: EntityType, name: string): string | undefined {
    const ids = this.aliases.get(`${type}|${matchKey(type, name)}`);
    return ids?.size === 1 ? [...ids][0] : undefined;
  }

  /** The alternative names the reviewed same-as groups give the entity `id` (not its own name). */
  groupNames(id: string): string[] {
    const entity = this.byId.get(id);
    if (!entity) return [];
    const own = matchKey(entity.type, entity.name);
    return this.groups
      .filter((group) => group.type === entity.type)
      .filter((group) => group.id === id || group.names.some((name) => this.find(entity.type, name) === id))
      .flatMap((group) => group.names)
      .filter((name, i, all) => matchKey(entity.type, name) !== own && all.indexOf(name) === i);
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
    const key = matchKey(type, name);
    for (const group of this.groups)
      if (group.type === type && group.names.some((n) => matchKey(type, n) === key))
        for (const other of group.names) this.knownAs(id, other);
    return entity;
  }

  /** Forgets an entity this export created (a topic that only repeats another entity's name); bundled ones stay. */
  remove(id: string): void {
    if (this.bundled.has(id)) return;
    this.byId.delete(id);
    for (const ids of [...this.byKey.values(), ...this.aliases.values()]) ids.delete(id);
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

  /** Records another name by which the entity is known (an acronym the page states); two entities may share it. */
  alias(id: string, name: string): void {
    const entity = this.byId.get(id);
    if (entity) this.index(`${entity.type}|${matchKey(entity.type, name)}`, id);
  }

  /**
   * Records a name an editor gave the entity (a same-as group's name, a short name): found before any other entity of
   * that name, whatever the scope.
   */
  knownAs(id: string, name: string): void {
    const entity = this.byId.get(id);
    if (!entity) return;
    const key = `${entity.type}|${matchKey(entity.type, name)}`;
    const ids = this.aliases.get(key) ?? new Set<string>();
    ids.add(id);
    this.aliases.set(key, ids);
  }

  private remember(entity: VetEntity): void {
    this.byId.set(entity.id, entity);
    const names = [
      entity.name,
      entity.props.name,
      entity.props.acronym,
      ...(Array.isArray(entity.props.altNames) ? entity.props.altNames : []),
    ];
    // A generic organisation (no acronym) is found only within its country, if it has one (see isScoped), also by its
    // name without that country in brackets ("Ministry of Education and Science (Latvia)").
    const scoped = isScoped(entity.type, entity.name, entity.props.acronym);
    const bare = splitBrackets(entity.name);
    const country =
      typeof entity.props.countryCode === 'string' ? entity.props.countryCode : (bare.countryCode ?? '(no country)');
    if (scoped && bare.countryCode) names.push(bare.name);
    for (const name of names) {
      if (typeof name !== 'string' || !name.trim()) continue;
      const key = `${entity.type}|${matchKey(entity.type, name)}`;
      this.index(scoped ? `${key}|${country}` : key, entity.id);
    }
  }

  private index(key: string, id: string): void {
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
