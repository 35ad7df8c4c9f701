import { field, whereInput } from '../../graphql/where-input';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { PolicyDocumentKind } from '../../graphql/enums';
import { PolicyDocumentPresenceWhere } from './policy-document.presence';

/** Filters on policy documents. */
export const PolicyDocumentWhere = whereInput(
  'PolicyDocumentWhere',
  'Filters on policyDocuments; fields are ANDed.',
  PolicyDocumentPresenceWhere,
  {
    titleContains: field.contains('Title contains this text, ignoring case and accents.', MAX_NAME_LENGTH),
    kinds: field.enumValues(PolicyDocumentKind),
    ...field.yearRange('Adopted'),
    adoptedBy: field.id('Adopted by this organisation.'),
    topic: field.id('About this topic.'),
    activeIn: field.year(
      'Adopted by this year (in it or before; documents without a year are not counted). The data records no repeals.',
    ),
  },
);
export type PolicyDocumentWhere = InstanceType<typeof PolicyDocumentWhere>;
