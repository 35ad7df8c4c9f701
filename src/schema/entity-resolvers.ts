import { ClassType, NonEmptyArray } from 'type-graphql';
import { EntityType } from '../domain/entity-types';
import { CountryByCodeResolver } from '../modules/country/country.resolver';
import { CountryTimelineResolver } from '../modules/timeline/timeline.resolver';
import { ENTITY_GRAPHQL } from '../modules/entity-graphql';
import { entityResolver } from '../modules/entity-resolver-factory';
import { relationFieldsOf } from '../modules/relationship-fields';

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
