import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { PolicyDocumentKind } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { createConnectionTypes } from '../../graphql/connection.types';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A policy document such as the Bruges Communiqué (2010): communiqué, declaration, Council recommendation, conclusions or resolution, regulation, communication.',
})
export class PolicyDocument extends Node {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => PolicyDocumentKind, { nullable: true, description: 'Kind of document.' })
  kind!: PolicyDocumentKind | null;

  @Field(() => Int, { nullable: true, description: 'Year adopted.' })
  year!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date adopted or signed.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Official reference (e.g. OJ number).' })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: 'One sentence in our own words.' })
  summary!: string | null;
}

export const { Connection: PolicyDocumentConnection, Edge: PolicyDocumentEdge } = createConnectionTypes(PolicyDocument, 'PolicyDocument');
