import { Directive, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { createConnectionTypes } from '../../graphql/connection.types';
import { addReadFields, text, PropertyDeclarations } from '../../pipelines/write/entity-properties';

/**
 * The stored properties of Person, declared once: read fields, input fields and the typed `fields` (see
 * PropertyDeclaration).
 */
export const PERSON_PROPERTIES: PropertyDeclarations = {
  role: text('Public role, e.g. "Director of Cedefop".'),
};

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A person, recorded only in a public role (e.g. Director of Cedefop, an event contact).',
})
export class Person extends Node {}
addReadFields(Person, PERSON_PROPERTIES);

export const { Connection: PersonConnection, Edge: PersonEdge } = createConnectionTypes(Person, 'Person');
