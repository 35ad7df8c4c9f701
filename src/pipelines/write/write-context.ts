import { UnauthenticatedError } from '../../auth/auth-errors';
import { GraphContext } from '../../context/graph-context';
import { EntityWriteService } from './entity-write.service';
import { RelationshipWriteService } from './relationship-write.service';

/** The write services of one request, acting as its caller. */
export interface Writes {
  entities: EntityWriteService;
  relationships: RelationshipWriteService;
}

/**
 * The write services for a request, over its counting executor, recording the token subject as `updatedBy`.
 * Mutations are `@Authorized`, so a user is always present here; the check guards against a resolver that forgot it.
 * @throws UnauthenticatedError when the request has no verified user
 */
export function writesFor(ctx: GraphContext): Writes {
  if (!ctx.user) throw ctx.authError ?? new UnauthenticatedError();
  return {
    entities: new EntityWriteService(ctx.executor, ctx.user.subject),
    relationships: new RelationshipWriteService(ctx.executor, ctx.user.subject, (record) =>
      ctx.entities.objectOf(record),
    ),
  };
}
