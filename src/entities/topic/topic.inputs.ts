import { whereInput } from '../../graphql/where-input';
import { EntityWhere } from '../../graphql/entity-where';

/** Filters on topics: those every entity type has. */
export const TopicWhere = whereInput('TopicWhere', 'Filters on topics; fields are ANDed.', EntityWhere, {});
export type TopicWhere = InstanceType<typeof TopicWhere>;
