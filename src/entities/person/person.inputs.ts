import { ClassType, InputType } from 'type-graphql';
import { IdFilter } from '../../graphql/filter-fields';
import { EntityWhere, LogicalWhere } from '../../graphql/entity-where';

@InputType({ description: 'Filters on people; fields are ANDed.' })
export class PersonWhere extends LogicalWhere(EntityWhere, (): ClassType => PersonWhere) {
  @IdFilter('Works for this organisation.')
  worksFor?: string | null;
}
