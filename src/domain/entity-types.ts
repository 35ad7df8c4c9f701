/**
 * The entity types of the graph: each is a Neo4j label (every node also carries {@link ENTITY_LABEL}) and a GraphQL
 * object type of the same name. This list is the allow-list for labels: no label ever comes from user input.
 */
export const ENTITY_TYPES = [
  'Country',
  'Place',
  'Organisation',
  'WorkingGroup',
  'Event',
  'Publication',
  'PolicyDocument',
  'CompetenceStandard',
  'Person',
  'Topic',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** The label every entity node carries besides its own, so one uniqueness constraint covers all ids. */
export const ENTITY_LABEL = 'Entity';

/** Id prefixes from data/FORMAT.md (`<prefix>:<kebab-case>`; countries use `country:<ISO alpha-2>`). */
export const ID_PREFIX: Record<EntityType, string> = {
  Country: 'country',
  Place: 'place',
  Organisation: 'org',
  WorkingGroup: 'wg',
  Event: 'event',
  Publication: 'pub',
  PolicyDocument: 'policy',
  CompetenceStandard: 'standard',
  Person: 'person',
  Topic: 'topic',
};

/** True when `value` names an entity type (the allow-list check for labels). */
export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** The entity type of a node from its labels, or undefined when none is ours. */
export function entityTypeOf(labels: readonly string[]): EntityType | undefined {
  return labels.find(isEntityType);
}

/**
 * Properties the database keeps for its own use, and the stored labels (shown as `labels`); never shown in
 * `attributes`.
 */
export const INTERNAL_PROPERTIES = [
  'id',
  'name',
  'sources',
  'searchKey',
  'createdAt',
  'updatedAt',
  'updatedBy',
  'labelLangs',
  'labelValues',
  'labelSources',
  // The cells of the dashboard's kept counts the item is counted in (graph/count-buckets.ts).
  'countKeys',
] as const;

/** A PascalCase name in UPPER_SNAKE case, as a type: `UpperSnake<'WorkingGroup'>` is `'WORKING_GROUP'`. */
export type UpperSnake<S extends string, First extends boolean = true> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? '' : First extends true ? '' : '_'}${Uppercase<Head>}${UpperSnake<Tail, false>}`
  : '';

/** A PascalCase name in UPPER_SNAKE case (`WorkingGroup` → `WORKING_GROUP`), as GraphQL enum values write names. */
export function upperSnake<S extends string>(name: S): UpperSnake<S> {
  return name.replace(/(?<=.)(?=\p{Lu})/gu, '_').toUpperCase() as UpperSnake<S>;
}
