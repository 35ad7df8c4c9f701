import { field, whereInput } from '../../graphql/where-input';
import { EventKind } from '../../graphql/enums';
import { EventPresenceWhere } from './event.presence';

/** Filters on events. */
export const EventWhere = whereInput(
  'EventWhere',
  'Filters on events; fields are ANDed. Years are calendar years of the start date.',
  EventPresenceWhere,
  {
    kinds: field.enumValues(EventKind),
    ...field.country(
      'Held in this country (ISO alpha-2), directly or through its place.',
      'Held in any of these countries (ISO alpha-2).',
    ),
    hostCountryCodes: field.countryCodes('Hosted by an organisation seated in any of these countries (ISO alpha-2).'),
    participantCountryCodes: field.countryCodes(
      'Any of these countries took part, or an organisation seated there did (ISO alpha-2).',
    ),
    ...field.yearRange('Took place'),
    organisedBy: field.id('Organised by this working group or organisation.'),
    hostedBy: field.id('Hosted by this organisation.'),
    participant: field.id('This organisation or country participated.'),
    topic: field.id('About this topic.'),
    activeIn: field.year('Took place in this year: its year, or a span from start to end date that includes it.'),
    asOf: field.year(
      'The year in which the seats of hosts and participants (hostCountryCodes, participantCountryCodes) are read.',
    ),
  },
);
export type EventWhere = InstanceType<typeof EventWhere>;
