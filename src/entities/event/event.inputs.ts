import {
  countryCodeFields,
  countryCodesField,
  enumValuesField,
  idField,
  whereInput,
  yearField,
  yearRangeFields,
} from '../../graphql/where-input';
import { EventKind } from '../../graphql/enums';
import { EventPresenceWhere } from './event.presence';

/** Filters on events. */
export const EventWhere = whereInput(
  'EventWhere',
  'Filters on events; fields are ANDed. Years are calendar years of the start date.',
  EventPresenceWhere,
  {
    kinds: enumValuesField(EventKind),
    ...countryCodeFields(
      'Held in this country (ISO alpha-2), directly or through its place.',
      'Held in any of these countries (ISO alpha-2).',
    ),
    hostCountryCodes: countryCodesField('Hosted by an organisation seated in any of these countries (ISO alpha-2).'),
    participantCountryCodes: countryCodesField(
      'Any of these countries took part, or an organisation seated there did (ISO alpha-2).',
    ),
    ...yearRangeFields('Took place'),
    organisedBy: idField('Organised by this working group or organisation.'),
    hostedBy: idField('Hosted by this organisation.'),
    participant: idField('This organisation or country participated.'),
    topic: idField('About this topic.'),
    activeIn: yearField('Took place in this year: its year, or a span from start to end date that includes it.'),
    asOf: yearField(
      'The year in which the seats of hosts and participants (hostCountryCodes, participantCountryCodes) are read.',
    ),
  },
);
export type EventWhere = InstanceType<typeof EventWhere>;
