import { ClassType, Field, InputType } from 'type-graphql';
import {
  CountryCodeFilter,
  CountryCodesFilter,
  EnumValuesFilter,
  IdFilter,
  YearFilter,
} from '../../graphql/filter-fields';
import { LogicalWhere } from '../../graphql/entity-where';
import { CompetenceStandardLevel } from '../../graphql/enums';
import { CompetenceStandardPresenceWhere } from './competence-standard.presence';

@InputType({ description: 'Filters on competenceStandards; fields are ANDed.' })
export class CompetenceStandardWhere extends LogicalWhere(
  CompetenceStandardPresenceWhere,
  (): ClassType => CompetenceStandardWhere,
) {
  @EnumValuesFilter(CompetenceStandardLevel, 'Any of these levels.')
  levels?: CompetenceStandardLevel[] | null;

  @CountryCodeFilter('Applies in this country (ISO alpha-2).')
  countryCode?: string | null;

  @CountryCodesFilter('Applies in any of these countries (ISO alpha-2).')
  countryCodes?: string[] | null;

  @YearFilter('Adopted in this year or later.')
  yearFrom?: number | null;

  @YearFilter('Adopted in this year or earlier.', { notBefore: 'yearFrom' })
  yearTo?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Leads (true) or does not lead (false) to a certificate.' })
  certification?: boolean | null;

  @IdFilter('Developed by this organisation.')
  developedBy?: string | null;
}
