import {
  containsField,
  enumValuesField,
  idField,
  whereInput,
  yearField,
  yearRangeFields,
} from '../../graphql/where-input';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { PolicyDocumentKind } from '../../graphql/enums';
import { PolicyDocumentPresenceWhere } from './policy-document.presence';

/** Filters on policy documents. */
export const PolicyDocumentWhere = whereInput(
  'PolicyDocumentWhere',
  'Filters on policyDocuments; fields are ANDed.',
  PolicyDocumentPresenceWhere,
  {
    titleContains: containsField('Title contains this text, ignoring case and accents.', MAX_NAME_LENGTH),
    kinds: enumValuesField(PolicyDocumentKind),
    ...yearRangeFields('Adopted'),
    adoptedBy: idField('Adopted by this organisation.'),
    topic: idField('About this topic.'),
    activeIn: yearField(
      'Adopted by this year (in it or before; documents without a year are not counted). The data records no repeals.',
    ),
  },
);
export type PolicyDocumentWhere = InstanceType<typeof PolicyDocumentWhere>;
