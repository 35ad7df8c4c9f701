import { ClassType, InputType } from 'type-graphql';
import { CountryCodesFilter, IdFilter, YearFilter } from '../../graphql/filter-fields';
import { EntityWhere, LogicalWhere } from '../../graphql/entity-where';

@InputType({ description: 'Filters on countries; fields are ANDed.' })
export class CountryWhere extends LogicalWhere(EntityWhere, (): ClassType => CountryWhere) {
  @CountryCodesFilter('ISO alpha-2 codes (any case).')
  codes?: string[] | null;

  @IdFilter('Member of this organisation or working group (in the `asOf` year when given).')
  memberOf?: string | null;

  @YearFilter('The year in which memberOf must hold (since/until at their precision; a missing one is open).')
  asOf?: number | null;
}
