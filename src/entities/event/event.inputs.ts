import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { EventKind } from '../../graphql/enums';
import { EventPresenceWhere } from './event.presence';
import { IsCountryCode, IsNotBefore, IsNotCombinedWith } from '../../graphql/validators';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits';

@InputType({ description: 'Filters on events; fields are ANDed. Years are calendar years of the start date.' })
export class EventWhere extends EventPresenceWhere {
  @Field(() => [EventWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: EventWhere[] | null;
  @Field(() => [EventWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: EventWhere[] | null;
  @Field(() => EventWhere, { nullable: true }) @ValidateNested() NOT?: EventWhere | null;

  @Field(() => [EventKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: EventKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Held in this country (ISO alpha-2), directly or through its place.',
  })
  @IsOptional()
  @IsCountryCode()
  @IsNotCombinedWith('countryCodes')
  countryCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Held in any of these countries (ISO alpha-2).' })
  @IsOptional()
  @IsCountryCode({ each: true })
  @ArrayMaxSize(300)
  countryCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Hosted by an organisation seated in any of these countries (ISO alpha-2).',
  })
  @IsOptional()
  @IsCountryCode({ each: true })
  @ArrayMaxSize(300)
  hostCountryCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these countries took part, or an organisation seated there did (ISO alpha-2).',
  })
  @IsOptional()
  @IsCountryCode({ each: true })
  @ArrayMaxSize(300)
  participantCountryCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Took place in this year or later.' })
  @IsOptional()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Took place in this year or earlier.' })
  @IsOptional()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  @IsNotBefore('yearFrom')
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Organised by this working group or organisation.' })
  organisedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Hosted by this organisation.' })
  hostedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'This organisation or country participated.' })
  participant?: string | null;

  @Field(() => ID, { nullable: true, description: 'About this topic.' })
  topic?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Took place in this year: its year, or a span from start to end date that includes it.',
  })
  @IsOptional()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  activeIn?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The year in which the seats of hosts and participants (hostCountryCodes, participantCountryCodes) are read.',
  })
  @IsOptional()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  asOf?: number | null;
}
