import { ClassType, NonEmptyArray } from 'type-graphql';
import { EntityType } from '../domain/entity-types';
import { CountryByCodeResolver } from '../entities/country/country.resolver';
import { CountryTimelineResolver } from '../features/timeline/timeline.resolver';
import { ENTITY_GRAPHQL } from '../entities/entity-graphql';
import { entityResolver } from '../entities/entity-resolver-factory';
import { relationFieldsOf } from '../entities/relationship-fields';

const graphqlOf = (type: EntityType) => ENTITY_GRAPHQL[type];

/**
 * The resolver classes of the entity types: per type, its root queries and relationship fields, made by
 * {@link entityResolver} from the declarations (entity-graphql.ts, relationship-fields.ts); and what only one type
 * has (a country by its code, a country's timeline).
 */
export const ENTITY_RESOLVERS: NonEmptyArray<ClassType> = [
  ...Object.values(ENTITY_GRAPHQL).map((entity) =>
    entityResolver(entity, relationFieldsOf(entity.definition.type), graphqlOf),
  ),
  CountryByCodeResolver,
  CountryTimelineResolver,
] as unknown as NonEmptyArray<ClassType>;
