import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { EntityType } from '../../domain/entity-types';

/** Entity types as a GraphQL enum (UPPER_SNAKE), e.g. for restricting a search. */
export enum EntityTypeName {
  COUNTRY = 'COUNTRY',
  PLACE = 'PLACE',
  ORGANISATION = 'ORGANISATION',
  WORKING_GROUP = 'WORKING_GROUP',
  EVENT = 'EVENT',
  PUBLICATION = 'PUBLICATION',
  POLICY_DOCUMENT = 'POLICY_DOCUMENT',
  COMPETENCE_STANDARD = 'COMPETENCE_STANDARD',
  PERSON = 'PERSON',
  TOPIC = 'TOPIC',
}
registerEnumType(EntityTypeName, { name: 'EntityType', description: 'An entity type of the graph.' });

/** The Neo4j label of each {@link EntityTypeName}. */
export const LABEL_OF: Record<EntityTypeName, EntityType> = {
  COUNTRY: 'Country',
  PLACE: 'Place',
  ORGANISATION: 'Organisation',
  WORKING_GROUP: 'WorkingGroup',
  EVENT: 'Event',
  PUBLICATION: 'Publication',
  POLICY_DOCUMENT: 'PolicyDocument',
  COMPETENCE_STANDARD: 'CompetenceStandard',
  PERSON: 'Person',
  TOPIC: 'Topic',
};

@ObjectType({
  description: 'A search result: the entity and its relevance (higher is better; 0 for substring-only matches).',
})
export class SearchHit {
  @Field(() => Float) score!: number;
  @Field(() => Node) node!: Node;
}
