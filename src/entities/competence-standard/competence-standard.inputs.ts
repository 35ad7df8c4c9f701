import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, Max, Min, ValidateNested } from 'class-validator';
import { CompetenceStandardLevel } from '../../graphql/enums';
import { CompetenceStandardPresenceWhere } from './competence-standard.presence';
import { IsCountryCode, IsNotBefore, IsNotCombinedWith } from '../../graphql/validators';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits';

@InputType({ description: 'Filters on competenceStandards; fields are ANDed.' })
export class CompetenceStandardWhere extends CompetenceStandardPresenceWhere {
  @Field(() => [CompetenceStandardWhere], { nullable: true }) @ValidateNested({ each: true }) AND?:
    CompetenceStandardWhere[] | null;
  @Field(() => [CompetenceStandardWhere], { nullable: true }) @ValidateNested({ each: true }) OR?:
    CompetenceStandardWhere[] | null;
  @Field(() => CompetenceStandardWhere, { nullable: true }) @ValidateNested() NOT?: CompetenceStandardWhere | null;

  @Field(() => [CompetenceStandardLevel], { nullable: true, description: 'Any of these levels.' })
  levels?: CompetenceStandardLevel[] | null;

  @Field(() => String, { nullable: true, description: 'Applies in this country (ISO alpha-2).' })
  @IsCountryCode()
  @IsNotCombinedWith('countryCodes')
  countryCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Applies in any of these countries (ISO alpha-2).' })
  @IsCountryCode({ each: true })
  @ArrayMaxSize(300)
  countryCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Adopted in this year or later.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Adopted in this year or earlier.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  @IsNotBefore('yearFrom')
  yearTo?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Leads (true) or does not lead (false) to a certificate.' })
  certification?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Developed by this organisation.' })
  developedBy?: string | null;
}
