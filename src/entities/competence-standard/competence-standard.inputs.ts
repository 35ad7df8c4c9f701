import { Field, ID, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { CompetenceStandardLevel } from '../../graphql/enums';
import { CompetenceStandardPresenceWhere } from './competence-standard.presence';
import { YearFilter, CountryCodeFilter, CountryCodesFilter } from '../../graphql/filter-fields';

@InputType({ description: 'Filters on competenceStandards; fields are ANDed.' })
export class CompetenceStandardWhere extends CompetenceStandardPresenceWhere {
  @Field(() => [CompetenceStandardWhere], { nullable: true }) @ValidateNested({ each: true }) AND?:
    CompetenceStandardWhere[] | null;
  @Field(() => [CompetenceStandardWhere], { nullable: true }) @ValidateNested({ each: true }) OR?:
    CompetenceStandardWhere[] | null;
  @Field(() => CompetenceStandardWhere, { nullable: true }) @ValidateNested() NOT?: CompetenceStandardWhere | null;

  @Field(() => [CompetenceStandardLevel], { nullable: true, description: 'Any of these levels.' })
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

  @Field(() => ID, { nullable: true, description: 'Developed by this organisation.' })
  developedBy?: string | null;
}
