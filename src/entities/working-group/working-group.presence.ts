import { Field, InputType } from 'type-graphql';
import { EntityWhere } from '../../graphql/entity-where';
import { hasProperty } from '../../graph/presence-filters';

/** Missing-value filters on working groups (issue 16); WorkingGroupWhere extends this. */
@InputType({ description: 'Missing-value filters (base of a *Where input).' })
export abstract class WorkingGroupPresenceWhere extends EntityWhere {
  @Field(() => Boolean, { nullable: true, description: 'true: the start year is known; false: it is not.' })
  hasYear?: boolean | null;
}

/** Compilers of WorkingGroupPresenceWhere. */
export const WORKING_GROUP_PRESENCE_FILTERS = {
  hasYear: hasProperty('startYear'),
};
