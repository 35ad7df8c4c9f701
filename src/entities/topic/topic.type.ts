import { Directive, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { createConnectionTypes } from '../../graphql/connection.types';
import { addReadFields, PropertyDeclarations } from '../../pipelines/write/entity-properties';

/** The stored properties of Topic: none besides the name (see PropertyDeclaration). */
export const TOPIC_PROPERTIES: PropertyDeclarations = {};

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A policy topic, e.g. in-company trainers or validation of prior learning.',
})
export class Topic extends Node {}
addReadFields(Topic, TOPIC_PROPERTIES);

export const { Connection: TopicConnection, Edge: TopicEdge } = createConnectionTypes(Topic, 'Topic');
