import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, Max, Min } from 'class-validator';
import { RelationshipType } from '../../domain/relationship-types';
import { RelationshipTypeEnum } from '../../graphql/relationship-type';
import { IsNotBefore } from '../../graphql/validators';

import { MAX_NEIGHBOURHOOD_DEPTH, MAX_NEIGHBOURHOOD_NODES, MAX_PATH_HOPS, MAX_PATHS } from './network.limits';

// An empty list would mean "no relationship may be followed"; refused rather than read as "all", like search(types:
// []).
const RELATION_TYPES_EMPTY = 'relationTypes must list at least one type, or be left out for all';

/**
 * `relationTypes` of paths and neighbourhood: the relationship types to follow, all when left out (rules bottom-up).
 */
function RelationTypesField(): PropertyDecorator {
  return (target, key) => {
    ArrayMaxSize(30)(target, key);
    ArrayMinSize(1, { message: RELATION_TYPES_EMPTY })(target, key);
    Field(() => [RelationshipTypeEnum], {
      nullable: true,
      description: 'Only these relationship types (default: all; an empty list is refused).',
    })(target, key);
  };
}

@ArgsType()
export class PathsArgs {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description: `Shortest path to return, in relationships, 1 to ${MAX_PATH_HOPS} (at most maxHops).`,
  })
  @Min(1)
  @Max(MAX_PATH_HOPS)
  minHops!: number;

  @Field(() => Int, { defaultValue: 4, description: `Longest path in relationships, 1 to ${MAX_PATH_HOPS}.` })
  @Min(1)
  @Max(MAX_PATH_HOPS)
  @IsNotBefore('minHops', { message: 'maxHops must not be less than minHops' })
  maxHops!: number;

  @RelationTypesField() relationTypes?: RelationshipType[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only paths of the shortest length there is (within minHops..maxHops), as before issue 16.',
  })
  shortestOnly!: boolean;

  @Field(() => Int, { defaultValue: 3, description: `At most this many paths, the shortest first, 1 to ${MAX_PATHS}.` })
  @Min(1)
  @Max(MAX_PATHS)
  first!: number;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID) id!: string;

  @Field(() => Int, { defaultValue: 1, description: `Rings of neighbours, 1 to ${MAX_NEIGHBOURHOOD_DEPTH}.` })
  @Min(1)
  @Max(MAX_NEIGHBOURHOOD_DEPTH)
  depth!: number;

  @Field(() => Int, {
    defaultValue: 100,
    description: `Most nodes returned (center included), 1 to ${MAX_NEIGHBOURHOOD_NODES}.`,
  })
  @Min(1)
  @Max(MAX_NEIGHBOURHOOD_NODES)
  limit!: number;

  @RelationTypesField() relationTypes?: RelationshipType[] | null;
}
