import { Field, Float, ObjectType } from 'type-graphql';
import { EnumValue, graphqlEnum } from '../../graphql/graphql-enum';
import { Node } from '../../graphql/node.interface';
import { ENTITY_TYPES, EntityType, UpperSnake, upperSnake } from '../../domain/entity-types';

/** Entity types as a GraphQL enum (UPPER_SNAKE), e.g. for restricting a search. */
export const EntityTypeName = graphqlEnum(
  'EntityType',
  ENTITY_TYPES.map(upperSnake) as Array<UpperSnake<EntityType>>,
  'An entity type of the graph.',
);
export type EntityTypeName = EnumValue<typeof EntityTypeName>;

/** The Neo4j label of each {@link EntityTypeName}. */
export const LABEL_OF = Object.fromEntries(ENTITY_TYPES.map((type) => [upperSnake(type), type])) as Record<
  EntityTypeName,
  EntityType
>;

@ObjectType({
  description: 'A search result: the entity and its relevance (higher is better; 0 for substring-only matches).',
})
export class SearchHit {
  @Field(() => Float) score!: number;
  @Field(() => Node) node!: Node;
}
