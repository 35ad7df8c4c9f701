import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { RelationshipType } from '../domain/relationship-types';
import { RelationshipTypeEnum } from './relationship-type';
import { DateTimeScalar } from './scalars';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType({
  description: 'The relationship an edge of a relationship field was reached through, with its properties.',
})
export class RelationshipInfo {
  @Field(() => RelationshipTypeEnum, { description: 'Relationship type, e.g. MEMBER_OF.' }) type!: RelationshipType;
  @Field(() => String, { nullable: true, description: 'Role of the source in the relationship, e.g. "coordinator".' })
  role!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Since when it holds (a year or an ISO date, as the source gives it).',
  })
  since!: string | null;
  @Field(() => String, { nullable: true, description: 'Until when it held (a year or an ISO date).' }) until!:
    string | null;
  @Field(() => [String], { description: 'Where the relationship was read.' }) sources!: string[];
  @Field(() => GraphQLJSONObject, {
    description: 'Other properties of the relationship (presidency, venue, note, ...).',
  })
  attributes!: Record<string, unknown>;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the relationship entered the graph.' }) createdAt!:
    string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last changed.' }) updatedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Who last changed it (token subject, or the importer).' })
  updatedBy!: string | null;
}

/** The GraphQL classes of one connection: `<Name>Connection` and `<Name>Edge`. */
export interface ConnectionClasses {
  Connection: ClassType;
  Edge: ClassType;
}

/**
 * Creates the Relay connection and edge types for a node type. Edges of relationship fields also carry the
 * relationship itself (`relationship`, with `role`/`since`/`until` on the edge for convenience); list queries leave
 * it null.
 */
export function createConnectionTypes(nodeType: ClassType, name: string): ConnectionClasses {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  class Edge {
    @Field({ description: 'Opaque keyset cursor of this edge.' }) cursor!: string;
    @Field(() => nodeType) node!: unknown;
    @Field(() => RelationshipInfo, {
      nullable: true,
      description: 'The relationship behind this edge (relationship fields only).',
    })
    relationship!: RelationshipInfo | null;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} entities.` })
  class Connection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes!: unknown[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All matches, ignoring paging.' }) totalCount!: number;
  }

  return { Connection, Edge };
}
