import { CountryMutationResolver } from './country/country.mutation.resolver';
import { PlaceMutationResolver } from './place/place.mutation.resolver';
import { OrganisationMutationResolver } from './organisation/organisation.mutation.resolver';
import { WorkingGroupMutationResolver } from './working-group/working-group.mutation.resolver';
import { EventMutationResolver } from './event/event.mutation.resolver';
import { PublicationMutationResolver } from './publication/publication.mutation.resolver';
import { PolicyDocumentMutationResolver } from './policy-document/policy-document.mutation.resolver';
import { CompetenceStandardMutationResolver } from './competence-standard/competence-standard.mutation.resolver';
import { PersonMutationResolver } from './person/person.mutation.resolver';
import { TopicMutationResolver } from './topic/topic.mutation.resolver';
import { RelationshipMutationResolver } from './relationship/relationship.mutation.resolver';

/** The resolver classes of the validated writes: create/update/upsert/delete per entity type, link and unlink. */
export const MUTATION_RESOLVERS = [
  CountryMutationResolver,
  PlaceMutationResolver,
  OrganisationMutationResolver,
  WorkingGroupMutationResolver,
  EventMutationResolver,
  PublicationMutationResolver,
  PolicyDocumentMutationResolver,
  CompetenceStandardMutationResolver,
  PersonMutationResolver,
  TopicMutationResolver,
  RelationshipMutationResolver,
] as const;
