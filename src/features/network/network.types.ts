import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { RelationshipType } from '../../domain/relationship-types';
import { RelationshipTypeEnum } from '../../graphql/relationship-type';

@ObjectType({
  description: 'A relationship between two entities, by their ids (direction as stored), with its role and years.',
})
export class PathRelationship {
  @Field(() => RelationshipTypeEnum) type!: RelationshipType;
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Role of the relationship as stored ("chair", "regional capital"), if any.',
  })
  role!: string | null;
  @Field(() => String, { nullable: true, description: 'Since when, as stored: a year, YYYY-MM or YYYY-MM-DD.' })
  since!: string | null;
  @Field(() => String, { nullable: true, description: 'Until when, as stored: a year, YYYY-MM or YYYY-MM-DD.' })
  until!: string | null;
}

@ObjectType({ description: 'A path: its nodes in order from start to end, and the relationships between them.' })
export class GraphPath {
  @Field(() => Int, { description: 'Number of relationships.' }) length!: number;
  @Field(() => [Node]) nodes!: Node[];
  @Field(() => [PathRelationship]) relationships!: PathRelationship[];
}

@ObjectType({ description: 'Nodes and relationships around an entity, for drawing a network.' })
export class Neighbourhood {
  @Field(() => Node, { nullable: true, description: 'The entity asked for (an unknown id is a NOT_FOUND error).' })
  center!: Node | null;
  @Field(() => [Node], {
    description:
      'The center and the entities reached, nearest rings first, each ring by id. Every entity within `depth` when ' +
      'not truncated; when truncated, each entity gave at most `limit` + 1 neighbours to its next ring (a hub is ' +
      'sampled, not read whole) and the smallest ids of those fill the ring.',
  })
  nodes!: Node[];
  @Field(() => [PathRelationship], {
    description: 'Every relationship among `nodes` (of the types followed), by start id, type and end id.',
  })
  edges!: PathRelationship[];
  @Field({ description: 'True when the limit cut the neighbourhood short.' }) truncated!: boolean;
}
