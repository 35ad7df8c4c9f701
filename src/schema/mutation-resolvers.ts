import { entityMutationResolver } from '../pipelines/write/entity-mutation-resolver';
import { Country } from '../entities/country/country.type';
import { COUNTRY_MUTATIONS } from '../entities/country/country.write-inputs';
import { Place } from '../entities/place/place.type';
import { PLACE_MUTATIONS } from '../entities/place/place.write-inputs';
import { Organisation } from '../entities/organisation/organisation.type';
import { ORGANISATION_MUTATIONS } from '../entities/organisation/organisation.write-inputs';
import { WorkingGroup } from '../entities/working-group/working-group.type';
import { WORKING_GROUP_MUTATIONS } from '../entities/working-group/working-group.write-inputs';
import { Event } from '../entities/event/event.type';
import { EVENT_MUTATIONS } from '../entities/event/event.write-inputs';
import { Publication } from '../entities/publication/publication.type';
import { PUBLICATION_MUTATIONS } from '../entities/publication/publication.write-inputs';
import { PolicyDocument } from '../entities/policy-document/policy-document.type';
import { POLICY_DOCUMENT_MUTATIONS } from '../entities/policy-document/policy-document.write-inputs';
import { CompetenceStandard } from '../entities/competence-standard/competence-standard.type';
import { COMPETENCE_STANDARD_MUTATIONS } from '../entities/competence-standard/competence-standard.write-inputs';
import { Person } from '../entities/person/person.type';
import { PERSON_MUTATIONS } from '../entities/person/person.write-inputs';
import { Topic } from '../entities/topic/topic.type';
import { TOPIC_MUTATIONS } from '../entities/topic/topic.write-inputs';
import { RelationshipMutationResolver } from '../pipelines/relationship/relationship.mutation.resolver';

/**
 * The resolver classes of the validated writes: create/update/upsert/delete per entity type, each made by
 * {@link entityMutationResolver} from one line, and link and unlink.
 */
export const MUTATION_RESOLVERS = [
  entityMutationResolver(Country, COUNTRY_MUTATIONS),
  entityMutationResolver(Place, PLACE_MUTATIONS),
  entityMutationResolver(Organisation, ORGANISATION_MUTATIONS),
  entityMutationResolver(WorkingGroup, WORKING_GROUP_MUTATIONS),
  entityMutationResolver(Event, EVENT_MUTATIONS),
  entityMutationResolver(Publication, PUBLICATION_MUTATIONS),
  entityMutationResolver(PolicyDocument, POLICY_DOCUMENT_MUTATIONS),
  entityMutationResolver(CompetenceStandard, COMPETENCE_STANDARD_MUTATIONS),
  entityMutationResolver(Person, PERSON_MUTATIONS),
  entityMutationResolver(Topic, TOPIC_MUTATIONS),
  RelationshipMutationResolver,
] as const;
