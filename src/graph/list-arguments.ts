import { BadUserInputError } from '../errors/api-errors';
import { EntityDefinition } from './entity-definition';
import { Ordering, SortDirection } from './keyset';
import { PageArguments } from './page-window';

/** `orderBy` as clients send it: a field of the type's order enum and a direction. */
export interface OrderInput {
  field: string;
  direction?: SortDirection | null;
}

/** Arguments of every connection (list query or relationship field). */
export interface ConnectionArguments<W = unknown> extends PageArguments {
  where?: W | null;
  orderBy?: OrderInput | null;
}

/**
 * The ordering for `orderBy`, or the type's default.
 * @throws BadUserInputError when the field cannot order this type
 */
export function resolveOrdering(definition: EntityDefinition<never>, orderBy: OrderInput | null | undefined): Ordering {
  const field = orderBy?.field ?? definition.defaultOrder.field;
  const key = definition.sortKeys[field];
  if (!key) throw BadUserInputError.of('orderBy.field', `${definition.type} cannot be ordered by ${field}`);
  return { key, direction: orderBy?.direction ?? (orderBy ? 'ASC' : definition.defaultOrder.direction) };
}
