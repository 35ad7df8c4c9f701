import { Field, ID, InterfaceType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTimeScalar } from './scalars';

/**
 * Every entity of the graph: a stable global id (`<prefix>:<slug>`, e.g. `event:pla-trainers-2013-louvain-la-neuve`),
 * a display name, where the facts came from, and any source properties without a typed field.
 */
@InterfaceType({
  description: 'An entity of the VET policy graph, fetchable by its global id with `node(id:)`.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable global id, `<prefix>:<slug>` (e.g. `org:cedefop`, `country:BE`).' })
  id!: string;

  @Field({ description: 'Display name (the title for publications and policy documents).' })
  name!: string;

  @Field(() => [String], { description: 'Where the facts about this entity were read: public URLs, or `seed:<file>`.' })
  sources!: string[];

  @Field(() => GraphQLJSONObject, { description: 'Source properties that have no typed field of their own, as read.' })
  attributes!: Record<string, unknown>;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the entity entered the graph (import or mutation).',
  })
  createdAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last changed.' })
  updatedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who last changed it: the token subject of the writer, or the importer.',
  })
  updatedBy!: string | null;
}
