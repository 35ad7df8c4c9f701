import { OrganisationMutationResolver } from './organisation/organisation.mutation.resolver';
import { RelationshipMutationResolver } from './relationship/relationship.mutation.resolver';

/** The resolver classes of the validated writes: create/update/upsert/delete per entity type, link and unlink. */
export const MUTATION_RESOLVERS = [
  OrganisationMutationResolver,
  RelationshipMutationResolver,
] as const;
