import { ArgsType, ClassType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { Min, ValidateNested } from 'class-validator';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'Sort direction; nulls always sort last.' });

/**
 * Relay paging arguments. Bounds: not negative (checked here by class-validator, so `first: -1` is a
 * BAD_USER_INPUT before any resolver runs; field case F2) and at most the configured page size cap (checked when the
 * page is resolved, since the cap is configuration).
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Page size from the start or from `after` (default 20, at most the cap, 100 by default).',
  })
  @Min(0)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge after which the page starts.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size counted back from the end or from `before`.' })
  @Min(0)
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge before which the page ends.' })
  before?: string | null;
}

/**
 * The order input and the list arguments of one entity type, made from its definition rather than written per type:
 * `<Type>OrderField` (the definition's sort keys, in its order), `<Type>Order` (a field and a direction, ASC by
 * default) and the connection arguments (paging, `where` of `whereType`, `orderBy`). `plural` names the entities in
 * descriptions ("events"). Throws nothing; a duplicate type name fails when the schema is built.
 */
export function createListArguments(
  typeName: string,
  plural: string,
  whereType: ClassType,
  order: { sortKeys: Record<string, unknown>; defaultOrder: { field: string; direction: string } },
): ClassType<PageArgs> {
  const orderField = Object.fromEntries(Object.keys(order.sortKeys).map((key) => [key, key]));
  registerEnumType(orderField, { name: `${typeName}OrderField` });
  const direction = order.defaultOrder.direction === 'ASC' ? 'ascending' : 'descending';

  @InputType(`${typeName}Order`, { description: `Order of ${plural}; ties are broken by id.` })
  class Order {
    @Field(() => orderField) field!: string;
    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
  }

  @ArgsType()
  class ConnectionArgs extends PageArgs {
    @Field(() => whereType, { nullable: true }) @ValidateNested() where?: object | null;
    @Field(() => Order, { nullable: true, description: `Default: ${order.defaultOrder.field} ${direction}.` })
    orderBy?: Order | null;
  }
  Object.defineProperty(ConnectionArgs, 'name', { value: `${typeName}ConnectionArgs` });
  return ConnectionArgs;
}
