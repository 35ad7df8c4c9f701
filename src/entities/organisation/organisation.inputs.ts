import { field, whereInput } from '../../graphql/where-input';
import { OrganisationKind } from '../../graphql/enums';
import { OrganisationPresenceWhere } from './organisation.presence';

/** Filters on organisations. */
export const OrganisationWhere = whereInput(
  'OrganisationWhere',
  'Filters on organisations; fields are ANDed.',
  OrganisationPresenceWhere,
  {
    kinds: field.enumValues(OrganisationKind),
    ...field.country('Seated in this country (ISO alpha-2).', 'Seated in any of these countries (ISO alpha-2).'),
    ...field.yearRange('Founded'),
    memberOf: field.id('Member of this organisation or working group (in the `asOf` year when given).'),
    asOf: field.year(
      'The year in which memberOf and the seat (countryCode, countryCodes) must hold (since/until at their ' +
        'precision; a missing one is open).',
    ),
  },
);
export type OrganisationWhere = InstanceType<typeof OrganisationWhere>;
