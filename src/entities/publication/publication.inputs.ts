import { field, whereInput } from '../../graphql/where-input';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { PublicationKind } from '../../graphql/enums';
import { PublicationPresenceWhere } from './publication.presence';

/** Filters on publications. */
export const PublicationWhere = whereInput(
  'PublicationWhere',
  'Filters on publications; fields are ANDed.',
  PublicationPresenceWhere,
  {
    titleContains: field.contains('Title contains this text, ignoring case and accents.', MAX_NAME_LENGTH),
    kinds: field.enumValues(PublicationKind),
    ...field.yearRange('Published'),
    publishedBy: field.id('Published by this organisation.'),
    topic: field.id('About or analysing this topic.'),
    analysesCountryCode: field.countryCode('Analyses this country (ISO alpha-2).'),
  },
);
export type PublicationWhere = InstanceType<typeof PublicationWhere>;
