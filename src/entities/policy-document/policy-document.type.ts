import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { PolicyDocumentKind } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';
import { addReadFields, date, enumOf, text, year, PropertyDeclarations } from '../../pipelines/write/entity-properties';

/**
 * The stored properties of PolicyDocument, declared once: read fields, input fields and the typed `fields` (see
 * PropertyDeclaration).
 */
export const POLICY_DOCUMENT_PROPERTIES: PropertyDeclarations = {
  kind: enumOf(PolicyDocumentKind, 'Kind of document.'),
  year: year('Year adopted.', {
    input: 'Year adopted; derived from date when left out, and must match it.',
    rules: { yearOf: ['date'] },
  }),
  date: date('Date adopted or signed.'),
  reference: text('Official reference (e.g. OJ number).', { max: 200 }),
  summary: text('One sentence in our own words.'),
};

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description:
    'A policy document such as the Bruges Communiqué (2010): communiqué, declaration, Council recommendation, ' +
    'conclusions or resolution, regulation, communication.',
})
export class PolicyDocument extends Node {
  @Field(() => String, { description: 'Title.' })
  title!: string;
}
addReadFields(PolicyDocument, POLICY_DOCUMENT_PROPERTIES);

export const { Connection: PolicyDocumentConnection, Edge: PolicyDocumentEdge } = createConnectionTypes(
  PolicyDocument,
  'PolicyDocument',
);
