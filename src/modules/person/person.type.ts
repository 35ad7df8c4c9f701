import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { createConnectionTypes } from '../../graphql/connection.types';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A person, recorded only in a public role (e.g. Director of Cedefop, an event contact).',
})
export class Person extends Node {
  @Field(() => String, { nullable: true, description: 'Public role, e.g. "Director of Cedefop".' })
  role!: string | null;
}

export const { Connection: PersonConnection, Edge: PersonEdge } = createConnectionTypes(Person, 'Person');
