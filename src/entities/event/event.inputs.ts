import { ClassType, InputType } from 'type-graphql';
import {
  CountryCodeFilter,
  CountryCodesFilter,
  EnumValuesFilter,
  IdFilter,
  YearFilter,
} from '../../graphql/filter-fields';
import { LogicalWhere } from '../../graphql/entity-where';
import { EventKind } from '../../graphql/enums';
import { EventPresenceWhere } from './event.presence';

@InputType({ description: 'Filters on events; fields are ANDed. Years are calendar years of the start date.' })
export class EventWhere extends LogicalWhere(EventPresenceWhere, (): ClassType => EventWhere) {
  @EnumValuesFilter(EventKind)
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

  @IdFilter('Organised by this working group or organisation.')
  organisedBy?: string | null;

  @IdFilter('Hosted by this organisation.')
  hostedBy?: string | null;

  @IdFilter('This organisation or country participated.')
  participant?: string | null;

  @IdFilter('About this topic.')
  topic?: string | null;

  @YearFilter('Took place in this year: its year, or a span from start to end date that includes it.')
  activeIn?: number | null;

  @YearFilter(
    'The year in which the seats of hosts and participants (hostCountryCodes, participantCountryCodes) are read.',
  )
  asOf?: number | null;
}
