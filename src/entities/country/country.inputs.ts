import { field, whereInput } from '../../graphql/where-input';
import { EntityWhere } from '../../graphql/entity-where';

/** Filters on countries. */
export const CountryWhere = whereInput('CountryWhere', 'Filters on countries; fields are ANDed.', EntityWhere, {
  codes: field.countryCodes('ISO alpha-2 codes (any case).'),
  memberOf: field.id('Member of this organisation or working group (in the `asOf` year when given).'),
  asOf: field.year('The year in which memberOf must hold (since/until at their precision; a missing one is open).'),
});
export type CountryWhere = InstanceType<typeof CountryWhere>;
