import { Field, InputType } from 'type-graphql';
import { EntityWhere } from '../../graphql/entity-where';
import { hasProperty } from '../../graph/presence-filters';

/** Missing-value filters on publications (issue 16); PublicationWhere extends this. */
@InputType({ description: 'Missing-value filters (base of a *Where input).' })
export abstract class PublicationPresenceWhere extends EntityWhere {
  @Field(() => Boolean, { nullable: true, description: 'true: the year is known; false: it is not.' })
  hasYear?: boolean | null;
}

/** Compilers of PublicationPresenceWhere. */
export const PUBLICATION_PRESENCE_FILTERS = {
  hasYear: hasProperty('year'),
};
