import {
  containsField,
  countryCodeField,
  enumValuesField,
  idField,
  whereInput,
  yearRangeFields,
} from '../../graphql/where-input';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { PublicationKind } from '../../graphql/enums';
import { PublicationPresenceWhere } from './publication.presence';

/** Filters on publications. */
export const PublicationWhere = whereInput(
  'PublicationWhere',
  'Filters on publications; fields are ANDed.',
  PublicationPresenceWhere,
  {
    titleContains: containsField('Title contains this text, ignoring case and accents.', MAX_NAME_LENGTH),
    kinds: enumValuesField(PublicationKind),
    ...yearRangeFields('Published'),
    publishedBy: idField('Published by this organisation.'),
    topic: idField('About or analysing this topic.'),
    analysesCountryCode: countryCodeField('Analyses this country (ISO alpha-2).'),
  },
);
export type PublicationWhere = InstanceType<typeof PublicationWhere>;
