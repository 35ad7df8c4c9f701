import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { createConnectionTypes } from '../../graphql/connection.types';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A policy topic, e.g. in-company trainers or validation of prior learning.',
})
export class Topic extends Node {
}

export const { Connection: TopicConnection, Edge: TopicEdge } = createConnectionTypes(Topic, 'Topic');
