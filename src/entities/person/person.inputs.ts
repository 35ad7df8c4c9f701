import { field, whereInput } from '../../graphql/where-input';
import { EntityWhere } from '../../graphql/entity-where';

/** Filters on people. */
export const PersonWhere = whereInput('PersonWhere', 'Filters on people; fields are ANDed.', EntityWhere, {
  worksFor: field.id('Works for this organisation.'),
});
export type PersonWhere = InstanceType<typeof PersonWhere>;
