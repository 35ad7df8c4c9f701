import { entityMutationResolver } from '../pipelines/write/entity-mutation-resolver';
import { Country } from '../entities/country/country.type';
import { COUNTRY_WRITE, CountryMutationArgs } from '../entities/country/country.write-inputs';
import { Place } from '../entities/place/place.type';
import { PLACE_WRITE, PlaceMutationArgs } from '../entities/place/place.write-inputs';
import { Organisation } from '../entities/organisation/organisation.type';
import { ORGANISATION_WRITE, OrganisationMutationArgs } from '../entities/organisation/organisation.write-inputs';
import { WorkingGroup } from '../entities/working-group/working-group.type';
import { WORKING_GROUP_WRITE, WorkingGroupMutationArgs } from '../entities/working-group/working-group.write-inputs';
import { Event } from '../entities/event/event.type';
import { EVENT_WRITE, EventMutationArgs } from '../entities/event/event.write-inputs';
import { Publication } from '../entities/publication/publication.type';
import { PUBLICATION_WRITE, PublicationMutationArgs } from '../entities/publication/publication.write-inputs';
import { PolicyDocument } from '../entities/policy-document/policy-document.type';
import { POLICY_DOCUMENT_WRITE, PolicyDocumentMutationArgs } from '../entities/policy-document/policy-document.write-inputs';
import { CompetenceStandard } from '../entities/competence-standard/competence-standard.type';
import { COMPETENCE_STANDARD_WRITE, CompetenceStandardMutationArgs } from '../entities/competence-standard/competence-standard.write-inputs';
import { Person } from '../entities/person/person.type';
import { PERSON_WRITE, PersonMutationArgs } from '../entities/person/person.write-inputs';
import { Topic } from '../entities/topic/topic.type';
import { TOPIC_WRITE, TopicMutationArgs } from '../entities/topic/topic.write-inputs';
import { RelationshipMutationResolver } from '../pipelines/relationship/relationship.mutation.resolver';
import { MutationArgClasses } from '../pipelines/write/mutation-args';

const args = (classes: unknown) => classes as MutationArgClasses<object, object>;

/**
 * The resolver classes of the validated writes: create/update/upsert/delete per entity type, each made by
 * {@link entityMutationResolver} from one line, and link and unlink.
 */
export const MUTATION_RESOLVERS = [
  entityMutationResolver({ typeName: 'Country', objectType: Country, write: COUNTRY_WRITE, args: args(CountryMutationArgs), noun: 'a country', upsertUpdatesWhen: 'country:<code> exists' }),
  entityMutationResolver({ typeName: 'Place', objectType: Place, write: PLACE_WRITE, args: args(PlaceMutationArgs), noun: 'a place' }),
  entityMutationResolver({ typeName: 'Organisation', objectType: Organisation, write: ORGANISATION_WRITE, args: args(OrganisationMutationArgs), noun: 'an organisation' }),
  entityMutationResolver({ typeName: 'WorkingGroup', objectType: WorkingGroup, write: WORKING_GROUP_WRITE, args: args(WorkingGroupMutationArgs), noun: 'a working group' }),
  entityMutationResolver({ typeName: 'Event', objectType: Event, write: EVENT_WRITE, args: args(EventMutationArgs), noun: 'an event' }),
  entityMutationResolver({ typeName: 'Publication', objectType: Publication, write: PUBLICATION_WRITE, args: args(PublicationMutationArgs), noun: 'a publication' }),
  entityMutationResolver({ typeName: 'PolicyDocument', objectType: PolicyDocument, write: POLICY_DOCUMENT_WRITE, args: args(PolicyDocumentMutationArgs), noun: 'a policy document' }),
  entityMutationResolver({ typeName: 'CompetenceStandard', objectType: CompetenceStandard, write: COMPETENCE_STANDARD_WRITE, args: args(CompetenceStandardMutationArgs), noun: 'a competence standard' }),
  entityMutationResolver({ typeName: 'Person', objectType: Person, write: PERSON_WRITE, args: args(PersonMutationArgs), noun: 'a person' }),
  entityMutationResolver({ typeName: 'Topic', objectType: Topic, write: TOPIC_WRITE, args: args(TopicMutationArgs), noun: 'a topic' }),
  RelationshipMutationResolver,
] as const;
