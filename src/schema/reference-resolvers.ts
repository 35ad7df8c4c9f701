import { ENTITY_TYPES, EntityType } from '../domain/entity-types';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../context/graph-context';
import { selectionOf } from '../graphql/selection';

/** A federation entity representation as a router sends it to `_entities`. */
interface Representation {
  __typename: string;
  id?: string;
  code?: string;
}

/**
 * `__resolveReference` for every entity type: `{ id }` for all, `{ code }` also for Country. Lookups go through the
 * request's batched loader, so 100 representations cost one round trip, reading only the properties the selection
 * needs; an unknown key resolves to null rather than
 * failing the whole request. Passed to buildSubgraphSchema explicitly: type-graphql's resolver map has no
 * reference resolvers of its own (field case F7).
 */
export function referenceResolvers(): Record<
  string,
  { __resolveReference: (ref: Representation, ctx: GraphContext, info?: GraphQLResolveInfo) => unknown }
> {
  const entries = ENTITY_TYPES.map((type: EntityType) => [
    type,
    {
      __resolveReference(ref: Representation, ctx: GraphContext, info?: GraphQLResolveInfo) {
        if (type === 'Country' && ref.id === undefined && typeof ref.code === 'string') return ctx.entities.countryByCode(ref.code);
        if (typeof ref.id !== 'string') return null;
        // Only the properties the batch's selection needs (the union over its fragments; issue 15).
        return info ? ctx.entities.byIdSelecting(ref.id, type, selectionOf(info).fields) : ctx.entities.byId(ref.id, type);
      },
    },
  ]);
  return Object.fromEntries(entries);
}
