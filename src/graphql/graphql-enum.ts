import { registerEnumType } from 'type-graphql';
import { KeyedEnum, keyedEnum } from '../domain/keyed-enum';

export type { EnumValue } from '../domain/keyed-enum';

/**
 * A GraphQL enum declared once: the {@link KeyedEnum} of `values` (names and values the same), registered with
 * type-graphql under `name` with `description`. Takes the name, the values and the description; returns the enum
 * object; throws nothing (a duplicate name fails when the schema is built).
 */
export function graphqlEnum<const V extends string>(
  name: string,
  values: readonly V[],
  description: string,
): KeyedEnum<V> {
  const enumObject = keyedEnum(values);
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
