import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { PlaceKind } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A city or region where events are held and organisations are located.',
})
export class Place extends Node {
  @Field(() => PlaceKind, { nullable: true, description: 'City or region.' })
  kind!: PlaceKind | null;

  @Field(() => String, { nullable: true, description: 'ISO alpha-2 code of its country.' })
  countryCode!: string | null;
}

export const { Connection: PlaceConnection, Edge: PlaceEdge } = createConnectionTypes(Place, 'Place');
