import { ClassType } from 'type-graphql';
import { EntityType } from '../domain/entity-types';
import { EntityDefinition } from '../graph/entity-definition';
import { ENTITY_DEFINITIONS } from './entity-definitions';
import { createListArguments } from '../graphql/connection.args';
import { CompetenceStandard, CompetenceStandardConnection } from './competence-standard/competence-standard.type';
import { CompetenceStandardWhere } from './competence-standard/competence-standard.inputs';
import { Country, CountryConnection } from './country/country.type';
import { CountryWhere } from './country/country.inputs';
import { Event, EventConnection } from './event/event.type';
import { EventWhere } from './event/event.inputs';
import { Organisation, OrganisationConnection } from './organisation/organisation.type';
import { OrganisationWhere } from './organisation/organisation.inputs';
import { Person, PersonConnection } from './person/person.type';
import { PersonWhere } from './person/person.inputs';
import { Place, PlaceConnection } from './place/place.type';
import { PlaceWhere } from './place/place.inputs';
import { PolicyDocument, PolicyDocumentConnection } from './policy-document/policy-document.type';
import { PolicyDocumentWhere } from './policy-document/policy-document.inputs';
import { Publication, PublicationConnection } from './publication/publication.type';
import { PublicationWhere } from './publication/publication.inputs';
import { Topic, TopicConnection } from './topic/topic.type';
import { TopicWhere } from './topic/topic.inputs';
import { WorkingGroup, WorkingGroupConnection } from './working-group/working-group.type';
import { WorkingGroupWhere } from './working-group/working-group.inputs';

/**
 * What the generated resolvers need of one entity type: how it is stored (its definition), its GraphQL object,
 * connection and list-arguments classes, and the names of its two root queries (one by id, the list).
 */
export interface EntityGraphQL {
  definition: EntityDefinition<never>;
  objectType: ClassType;
  connection: ClassType;
  /** Paging, `where` and `orderBy` of a list of the type (root list and relationship fields alike). */
  connectionArgs: ClassType;
  /** Root query for one entity by id ("event"). */
  one: string;
  /** Root query for the list ("events", "people"). */
  list: string;
}

/**
 * One entity type's entry: its classes and its `where` input; the list arguments and the query names are derived
 * (the type in lowerCamelCase, e.g. "workingGroup", and its plural: that with an `s` unless `list` is given).
 */
function entity(type: EntityType, classes: [ClassType, ClassType, ClassType], list?: string): EntityGraphQL {
  const [objectType, connection, whereType] = classes;
  const one = type.charAt(0).toLowerCase() + type.slice(1);
  list ??= `${one}s`;
  const definition = ENTITY_DEFINITIONS[type];
  const connectionArgs = createListArguments(type, list, whereType, definition);
  return { definition, objectType, connection, connectionArgs, one, list };
}

/** Every entity type's GraphQL classes and root query names, by type. */
export const ENTITY_GRAPHQL: Record<EntityType, EntityGraphQL> = {
  Country: entity('Country', [Country, CountryConnection, CountryWhere], 'countries'),
  Place: entity('Place', [Place, PlaceConnection, PlaceWhere]),
  Organisation: entity('Organisation', [Organisation, OrganisationConnection, OrganisationWhere]),
  WorkingGroup: entity('WorkingGroup', [WorkingGroup, WorkingGroupConnection, WorkingGroupWhere]),
  Event: entity('Event', [Event, EventConnection, EventWhere]),
  Publication: entity('Publication', [Publication, PublicationConnection, PublicationWhere]),
  PolicyDocument: entity('PolicyDocument', [PolicyDocument, PolicyDocumentConnection, PolicyDocumentWhere]),
  CompetenceStandard: entity('CompetenceStandard', [
    CompetenceStandard,
    CompetenceStandardConnection,
    CompetenceStandardWhere,
  ]),
  Person: entity('Person', [Person, PersonConnection, PersonWhere], 'people'),
  Topic: entity('Topic', [Topic, TopicConnection, TopicWhere]),
};
