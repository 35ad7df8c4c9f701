import { EntityType } from '../domain/entity-types';
import { ENTITY_FILTERS, atLeast, atMost, inCountry } from './common-filters';
import { EntityDefinition, FilterCompiler, FilterCompilers } from './entity-definition';
import { SortKey } from './keyset';

/** What sets one entity type's definition apart (see {@link defineEntity}). */
export interface EntityDeclaration<W> {
  /**
   * GraphQL order-field enum value → the property and its kind, in the order the enum lists them; the first is the
   * default order, ascending.
   */
  sortKeys: Record<string, SortKey>;
  /** The compilers of the type's own `where` fields; those of EntityWhere (ids, nameContains, relatedTo) are added. */
  filters: Omit<FilterCompilers<W>, keyof typeof ENTITY_FILTERS>;
}

/**
 * The definition of an entity type (see EntityDefinition) from its label, its declared properties (their names are the
 * typed GraphQL fields) and what sets it apart. Takes the type, the properties and the declaration; returns the
 * definition; throws nothing.
 */
export function defineEntity<W>(
  type: EntityType,
  properties: Record<string, unknown>,
  declaration: EntityDeclaration<W>,
): EntityDefinition<W> {
  const [firstKey] = Object.keys(declaration.sortKeys);
  return {
    type,
    fields: Object.keys(properties),
    sortKeys: declaration.sortKeys,
    defaultOrder: { field: firstKey, direction: 'ASC' },
    filters: { ...ENTITY_FILTERS, ...declaration.filters } as unknown as FilterCompilers<W>,
  };
}

/** A sort key on a stored property; names and titles sort on `searchKey` (see SortKey). */
export function sortOn(property: string, kind: SortKey['kind'] = 'string'): SortKey {
  return { property, kind };
}

/** `yearFrom` and `yearTo`: bounds on a year property (`year`, `founded`). */
export function yearRange(prop: string): { yearFrom: FilterCompiler<number>; yearTo: FilterCompiler<number> } {
  return { yearFrom: atLeast(prop), yearTo: atMost(prop) };
}

/** `countryCode` and `countryCodes` from one many-code filter (see inCountries, inCountry). */
export function countryFilters(many: FilterCompiler<string[]>): {
  countryCode: FilterCompiler<string>;
  countryCodes: FilterCompiler<string[]>;
} {
  return { countryCode: inCountry(many), countryCodes: many };
}
