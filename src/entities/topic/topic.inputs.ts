import { ClassType, InputType } from 'type-graphql';
import { EntityWhere, LogicalWhere } from '../../graphql/entity-where';

@InputType({ description: 'Filters on topics; fields are ANDed.' })
export class TopicWhere extends LogicalWhere(EntityWhere, (): ClassType => TopicWhere) {}
