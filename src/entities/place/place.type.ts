import { Directive, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { PlaceKind } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';
import { addReadFields, countryCode, enumOf, PropertyDeclarations } from '../../pipelines/write/entity-properties';

/**
 * The stored properties of Place, declared once: read fields, input fields and the typed `fields` (see
 * PropertyDeclaration).
 */
export const PLACE_PROPERTIES: PropertyDeclarations = {
  kind: enumOf(PlaceKind, 'City or region.'),
  countryCode: countryCode('ISO alpha-2 code of its country.', 'ISO alpha-2 code of its country, e.g. BE.'),
};

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A city or region where events are held and organisations are located.',
})
export class Place extends Node {}
addReadFields(Place, PLACE_PROPERTIES);

export const { Connection: PlaceConnection, Edge: PlaceEdge } = createConnectionTypes(Place, 'Place');
