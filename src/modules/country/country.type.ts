import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { createConnectionTypes } from '../../graphql/connection.types';

@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@ObjectType({
  implements: Node,
  description: 'A country, identified by its ISO 3166-1 alpha-2 code (id `country:<code>`).',
})
export class Country extends Node {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. BE.' })
  code!: string;

  @Field(() => [String], { nullable: true, description: 'Other names it is known by, e.g. "Turkey" for Türkiye, "Deutschland" for Germany.' })
  altNames!: string[] | null;
}

export const { Connection: CountryConnection, Edge: CountryEdge } = createConnectionTypes(Country, 'Country');
