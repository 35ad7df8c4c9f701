import { Field, ID, InputType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { EventKind } from '../../graphql/enums';
import { EventPresenceWhere } from './event.presence';
import { YearFilter, CountryCodeFilter, CountryCodesFilter } from '../../graphql/filter-fields';

@InputType({ description: 'Filters on events; fields are ANDed. Years are calendar years of the start date.' })
export class EventWhere extends EventPresenceWhere {
  @Field(() => [EventWhere], { nullable: true }) @ValidateNested({ each: true }) AND?: EventWhere[] | null;
  @Field(() => [EventWhere], { nullable: true }) @ValidateNested({ each: true }) OR?: EventWhere[] | null;
  @Field(() => EventWhere, { nullable: true }) @ValidateNested() NOT?: EventWhere | null;

  @Field(() => [EventKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: EventKind[] | null;

  @CountryCodeFilter('Held in this country (ISO alpha-2), directly or through its place.')
  countryCode?: string | null;

  @CountryCodesFilter('Held in any of these countries (ISO alpha-2).')
  countryCodes?: string[] | null;

  @CountryCodesFilter('Hosted by an organisation seated in any of these countries (ISO alpha-2).')
  hostCountryCodes?: string[] | null;

  @CountryCodesFilter('Any of these countries took part, or an organisation seated there did (ISO alpha-2).')
  participantCountryCodes?: string[] | null;

  @YearFilter('Took place in this year or later.')
  yearFrom?: number | null;

  @YearFilter('Took place in this year or earlier.', { notBefore: 'yearFrom' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Organised by this working group or organisation.' })
  organisedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Hosted by this organisation.' })
  hostedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'This organisation or country participated.' })
  participant?: string | null;

  @Field(() => ID, { nullable: true, description: 'About this topic.' })
  topic?: string | null;

  @YearFilter('Took place in this year: its year, or a span from start to end date that includes it.')
  activeIn?: number | null;

  @YearFilter(
    'The year in which the seats of hosts and participants (hostCountryCodes, participantCountryCodes) are read.',
  )
  asOf?: number | null;
}
