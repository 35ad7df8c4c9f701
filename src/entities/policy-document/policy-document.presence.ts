import { Field, InputType } from 'type-graphql';
import { EntityWhere } from '../../graphql/entity-where';
import { hasProperty } from '../../graph/presence-filters';

/** Missing-value filters on policy documents (issue 16); PolicyDocumentWhere extends this. */
@InputType({ description: 'Missing-value filters (base of a *Where input).' })
export abstract class PolicyDocumentPresenceWhere extends EntityWhere {
  @Field(() => Boolean, { nullable: true, description: 'true: the date is known; false: it is not.' })
  hasDate?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the year is known; false: it is not.' })
  hasYear?: boolean | null;
}

/** Compilers of PolicyDocumentPresenceWhere. */
export const POLICY_DOCUMENT_PRESENCE_FILTERS = {
  hasDate: hasProperty('date'),
  hasYear: hasProperty('year'),
};
