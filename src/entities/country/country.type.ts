import { Directive, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { createConnectionTypes } from '../../graphql/connection.types';
import { addReadFields, nameList, readOnly, PropertyDeclarations } from '../../pipelines/write/entity-properties';

/**
 * The stored properties of Country, declared once: read fields, input fields and the typed `fields` (see
 * PropertyDeclaration).
 */
export const COUNTRY_PROPERTIES: PropertyDeclarations = {
  code: readOnly(() => String, 'ISO 3166-1 alpha-2 code, e.g. BE.', { required: true }),
  altNames: nameList(
    'Other names it is known by, e.g. "Turkey" for Türkiye, "Deutschland" for Germany.',
    'Other names it is known by (other languages, former names).',
  ),
};

@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@ObjectType({
  implements: Node,
  description: 'A country, identified by its ISO 3166-1 alpha-2 code (id `country:<code>`).',
})
export class Country extends Node {}
addReadFields(Country, COUNTRY_PROPERTIES);

export const { Connection: CountryConnection, Edge: CountryEdge } = createConnectionTypes(Country, 'Country');
