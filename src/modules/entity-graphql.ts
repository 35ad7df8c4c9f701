import { ClassType } from 'type-graphql';
import { EntityType } from '../domain/entity-types';
import { EntityDefinition } from '../graph/entity-definition';
import { ENTITY_DEFINITIONS } from './entity-definitions';
import { CompetenceStandard, CompetenceStandardConnection } from './competence-standard/competence-standard.type';
import { CompetenceStandardConnectionArgs } from './competence-standard/competence-standard.inputs';
import { Country, CountryConnection } from './country/country.type';
import { CountryConnectionArgs } from './country/country.inputs';
import { Event, EventConnection } from './event/event.type';
import { EventConnectionArgs } from './event/event.inputs';
import { Organisation, OrganisationConnection } from './organisation/organisation.type';
import { OrganisationConnectionArgs } from './organisation/organisation.inputs';
import { Person, PersonConnection } from './person/person.type';
import { PersonConnectionArgs } from './person/person.inputs';
import { Place, PlaceConnection } from './place/place.type';
import { PlaceConnectionArgs } from './place/place.inputs';
import { PolicyDocument, PolicyDocumentConnection } from './policy-document/policy-document.type';
import { PolicyDocumentConnectionArgs } from './policy-document/policy-document.inputs';
import { Publication, PublicationConnection } from './publication/publication.type';
import { PublicationConnectionArgs } from './publication/publication.inputs';
import { Topic, TopicConnection } from './topic/topic.type';
import { TopicConnectionArgs } from './topic/topic.inputs';
import { WorkingGroup, WorkingGroupConnection } from './working-group/working-group.type';
import { WorkingGroupConnectionArgs } from './working-group/working-group.inputs';

/**
 * What the generated resolvers need of one entity type: how it is stored (its definition), its GraphQL object,
 * connection and connection-arguments classes, and the names of its two root queries (one by id, the list).
 */
export interface EntityGraphQL {
  definition: EntityDefinition<never>;
  objectType: ClassType;
  connection: ClassType;
  connectionArgs: ClassType;
  /** Root query for one entity by id ("event"). */
  one: string;
  /** Root query for the list ("events", "people"). */
  list: string;
}

function entity(type: EntityType, classes: [ClassType, ClassType, ClassType], one: string, list: string): EntityGraphQL {
  const [objectType, connection, connectionArgs] = classes;
  return { definition: ENTITY_DEFINITIONS[type], objectType, connection, connectionArgs, one, list };
}

/** Every entity type's GraphQL classes and root query names, by type (order: the schema's order of root queries). */
export const ENTITY_GRAPHQL: Record<EntityType, EntityGraphQL> = {
  Country: entity('Country', [Country, CountryConnection, CountryConnectionArgs], 'country', 'countries'),
  Place: entity('Place', [Place, PlaceConnection, PlaceConnectionArgs], 'place', 'places'),
  Organisation: entity(
    'Organisation',
    [Organisation, OrganisationConnection, OrganisationConnectionArgs],
    'organisation',
    'organisations',
  ),
  WorkingGroup: entity(
    'WorkingGroup',
    [WorkingGroup, WorkingGroupConnection, WorkingGroupConnectionArgs],
    'workingGroup',
    'workingGroups',
  ),
  Event: entity('Event', [Event, EventConnection, EventConnectionArgs], 'event', 'events'),
  Publication: entity(
    'Publication',
    [Publication, PublicationConnection, PublicationConnectionArgs],
    'publication',
    'publications',
  ),
  PolicyDocument: entity(
    'PolicyDocument',
    [PolicyDocument, PolicyDocumentConnection, PolicyDocumentConnectionArgs],
    'policyDocument',
    'policyDocuments',
  ),
  CompetenceStandard: entity(
    'CompetenceStandard',
    [CompetenceStandard, CompetenceStandardConnection, CompetenceStandardConnectionArgs],
    'competenceStandard',
    'competenceStandards',
  ),
  Person: entity('Person', [Person, PersonConnection, PersonConnectionArgs], 'person', 'people'),
  Topic: entity('Topic', [Topic, TopicConnection, TopicConnectionArgs], 'topic', 'topics'),
};
