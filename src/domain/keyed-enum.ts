/**
 * An enum declared by its values alone: an object whose keys equal its values (`{ CITY: 'CITY', REGION: 'REGION' }`),
 * as a TypeScript string enum whose names and values are the same compiles to, so that `PlaceKind.CITY`,
 * class-validator's `IsEnum(PlaceKind)` and type-graphql's `registerEnumType(PlaceKind, ...)` work on it alike.
 */
export type KeyedEnum<V extends string> = { readonly [K in V]: K };

/** The values of a {@link KeyedEnum} as a type: `type PlaceKind = EnumValue<typeof PlaceKind>`. */
export type EnumValue<E> = E[keyof E];

/** Makes the {@link KeyedEnum} of `values`, in their order. Takes the values; returns the object; throws nothing. */
export function keyedEnum<const V extends string>(values: readonly V[]): KeyedEnum<V> {
  return Object.fromEntries(values.map((value) => [value, value])) as KeyedEnum<V>;
}
