import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { PublicationKind } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A publication: report, research paper, briefing note, working paper, guide or series volume.',
})
export class Publication extends Node {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => PublicationKind, { nullable: true, description: 'Kind of publication.' })
  kind!: PublicationKind | null;

  @Field(() => Int, { nullable: true, description: 'Year of publication.' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Where to read it.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'ISBN.' })
  isbn!: string | null;

  @Field(() => String, { nullable: true, description: 'DOI.' })
  doi!: string | null;

  @Field(() => String, { nullable: true, description: 'One sentence in our own words.' })
  summary!: string | null;
}

export const { Connection: PublicationConnection, Edge: PublicationEdge } = createConnectionTypes(Publication, 'Publication');
