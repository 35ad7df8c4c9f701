import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';
import { Min } from 'class-validator';

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
  @Field(() => Int, { nullable: true, description: 'Page size from the start or from `after` (default 20, at most the cap, 100 by default).' })
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
