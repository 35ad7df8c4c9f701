import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { PublicationKind } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';
import {
  addReadFields,
  doi,
  enumOf,
  isbn,
  text,
  url,
  year,
  PropertyDeclarations,
} from '../../pipelines/write/entity-properties';

/**
 * The stored properties of Publication, declared once: read fields, input fields and the typed `fields` (see
 * PropertyDeclaration).
 */
export const PUBLICATION_PROPERTIES: PropertyDeclarations = {
  kind: enumOf(PublicationKind, 'Kind of publication.'),
  year: year('Year of publication.'),
  url: url('Where to read it.', 'Where to read it (http or https).'),
  isbn: isbn('ISBN.', 'ISBN-10 or ISBN-13, hyphens allowed.'),
  doi: doi('DOI.', 'DOI, e.g. 10.2801/12345.'),
  summary: text('One sentence in our own words.'),
};

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description: 'A publication: report, research paper, briefing note, working paper, guide or series volume.',
})
export class Publication extends Node {
  @Field(() => String, { description: 'Title.' })
  title!: string;
}
addReadFields(Publication, PUBLICATION_PROPERTIES);

export const { Connection: PublicationConnection, Edge: PublicationEdge } = createConnectionTypes(
  Publication,
  'Publication',
);
