import { field, whereInput } from '../../graphql/where-input';
import { PlaceKind } from '../../graphql/enums';
import { PlacePresenceWhere } from './place.presence';

/** Filters on places. */
export const PlaceWhere = whereInput('PlaceWhere', 'Filters on places; fields are ANDed.', PlacePresenceWhere, {
  kinds: field.enumValues(PlaceKind),
  ...field.country('In this country (ISO alpha-2).', 'In any of these countries (ISO alpha-2).'),
});
export type PlaceWhere = InstanceType<typeof PlaceWhere>;
