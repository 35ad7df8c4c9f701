import { registerEnumType } from 'type-graphql';
import { RELATIONSHIP_TYPES, RelationshipType } from '../domain/relationship-types';

/** The relationship types as a GraphQL enum `RelationshipType` (values equal the Neo4j types of data/FORMAT.md). */
export const RelationshipTypeEnum = Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, type])) as {
  [K in RelationshipType]: K;
};
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'A relationship type of the graph (data/FORMAT.md).',
});
