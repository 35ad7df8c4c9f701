import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, Max, Min } from 'class-validator';
import { RelationshipType } from '../../domain/relationship-types';
import { RelationshipTypeEnum } from '../../graphql/relationship-type';

/** Longest path `paths` searches (issue 3: at most 6 hops). */
export const MAX_PATH_HOPS = 6;
/** Deepest and largest neighbourhood. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const MAX_NEIGHBOURHOOD_NODES = 500;

// An empty list would mean "no relationship may be followed"; refused rather than read as "all", like search(types: []).
const RELATION_TYPES_EMPTY = 'relationTypes must list at least one type, or be left out for all';

@ArgsType()
export class PathsArgs {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;

  @Field(() => Int, { defaultValue: 4, description: `Longest path in relationships, 1 to ${MAX_PATH_HOPS}.` })
  @Min(1) @Max(MAX_PATH_HOPS)
  maxHops!: number;

  @Field(() => [RelationshipTypeEnum], { nullable: true, description: 'Only these relationship types (default: all; an empty list is refused).' })
  @ArrayMinSize(1, { message: RELATION_TYPES_EMPTY }) @ArrayMaxSize(30)
  relationTypes?: RelationshipType[] | null;

  @Field(() => Int, { defaultValue: 3, description: 'At most this many shortest paths, 1 to 25.' })
  @Min(1) @Max(25)
  first!: number;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID) id!: string;

  @Field(() => Int, { defaultValue: 1, description: `Rings of neighbours, 1 to ${MAX_NEIGHBOURHOOD_DEPTH}.` })
  @Min(1) @Max(MAX_NEIGHBOURHOOD_DEPTH)
  depth!: number;

  @Field(() => Int, { defaultValue: 100, description: `Most nodes returned (center included), 1 to ${MAX_NEIGHBOURHOOD_NODES}.` })
  @Min(1) @Max(MAX_NEIGHBOURHOOD_NODES)
  limit!: number;

  @Field(() => [RelationshipTypeEnum], { nullable: true, description: 'Only these relationship types (default: all; an empty list is refused).' })
  @ArrayMinSize(1, { message: RELATION_TYPES_EMPTY }) @ArrayMaxSize(30)
  relationTypes?: RelationshipType[] | null;
}
