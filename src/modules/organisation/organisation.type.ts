import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { OrganisationKind } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'An organisation: EU agency or institution, national authority, VET provider, social partner, network, association, company, research institute or international organisation.',
})
export class Organisation extends Node {
  @Field(() => String, { nullable: true, description: 'Acronym or short name, e.g. Cedefop.' })
  acronym!: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Kind of organisation.' })
  kind!: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: 'ISO alpha-2 code of its seat.' })
  countryCode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year founded.' })
  founded!: number | null;

  @Field(() => [String], { nullable: true, description: 'Other names it is known by.' })
  altNames!: string[] | null;

  @Field(() => String, { nullable: true, description: 'One sentence in our own words.' })
  summary!: string | null;
}

export const { Connection: OrganisationConnection, Edge: OrganisationEdge } = createConnectionTypes(Organisation, 'Organisation');
