import { entityMutationResolver } from '../modules/write/entity-mutation-resolver';
import { Country } from '../modules/country/country.type';
import { COUNTRY_WRITE, CountryMutationArgs } from '../modules/country/country.write-inputs';
import { Place } from '../modules/place/place.type';
import { PLACE_WRITE, PlaceMutationArgs } from '../modules/place/place.write-inputs';
import { Organisation } from '../modules/organisation/organisation.type';
import { ORGANISATION_WRITE, OrganisationMutationArgs } from '../modules/organisation/organisation.write-inputs';
import { WorkingGroup } from '../modules/working-group/working-group.type';
import { WORKING_GROUP_WRITE, WorkingGroupMutationArgs } from '../modules/working-group/working-group.write-inputs';
import { Event } from '../modules/event/event.type';
import { EVENT_WRITE, EventMutationArgs } from '../modules/event/event.write-inputs';
import { Publication } from '../modules/publication/publication.type';
import { PUBLICATION_WRITE, PublicationMutationArgs } from '../modules/publication/publication.write-inputs';
import { PolicyDocument } from '../modules/policy-document/policy-document.type';
import { POLICY_DOCUMENT_WRITE, PolicyDocumentMutationArgs } from '../modules/policy-document/policy-document.write-inputs';
import { CompetenceStandard } from '../modules/competence-standard/competence-standard.type';
import { COMPETENCE_STANDARD_WRITE, CompetenceStandardMutationArgs } from '../modules/competence-standard/competence-standard.write-inputs';
import { Person } from '../modules/person/person.type';
import { PERSON_WRITE, PersonMutationArgs } from '../modules/person/person.write-inputs';
import { Topic } from '../modules/topic/topic.type';
import { TOPIC_WRITE, TopicMutationArgs } from '../modules/topic/topic.write-inputs';
import { RelationshipMutationResolver } from '../modules/relationship/relationship.mutation.resolver';
import { MutationArgClasses } from '../modules/write/mutation-args';

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
