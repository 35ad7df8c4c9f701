import { Directive, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { EventInvolvement, EventKind } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';
import {
  addReadFields,
  date,
  dateTime,
  enumOf,
  flag,
  text,
  url,
  year,
  PropertyDeclarations,
} from '../../pipelines/write/entity-properties';

/**
 * The stored properties of Event, declared once: read fields, input fields and the typed `fields` (see
 * PropertyDeclaration).
 */
export const EVENT_PROPERTIES: PropertyDeclarations = {
  kind: enumOf(EventKind, undefined, 'Kind of event.'),
  startDate: date('First day (local calendar date of the venue).', {
    input: 'First day (local calendar date of the venue); derived from startDateTime when left out, and must match it.',
    rules: { localDateOf: 'startDateTime' },
  }),
  endDate: date('Last day; null for one-day events or when unknown.', {
    input: 'Last day; not before startDate; derived from endDateTime when left out, and must match it.',
    rules: { notBefore: 'startDate', localDateOf: 'endDateTime' },
  }),
  startDateTime: dateTime('Start instant, when the time of day is known.', {
    input: 'Start instant with its UTC offset, when the time of day is known, e.g. "2013-05-28T09:00:00+02:00".',
  }),
  endDateTime: dateTime('End instant, when the time of day is known.', {
    input: 'End instant with its UTC offset; not before startDateTime.',
    rules: { notBefore: 'startDateTime' },
  }),
  year: year('Year it took place (from startDate, or as the source gives it).', {
    input: 'Year it took place; derived from startDate (or startDateTime) when left out, and must match it.',
    rules: { yearOf: ['startDate', 'startDateTime'] },
  }),
  involvement: enumOf(EventInvolvement, undefined, "Cedefop's part in it."),
  url: url('Event page.', 'Event page (http or https).'),
  virtual: flag('True when the event is or was held online (as its page says); null when not stated.', {
    readOnly: true,
  }),
  summary: text('One sentence in our own words.'),
};

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description:
    'An event: peer learning activity, policy learning forum, conference, meeting, workshop, webinar or seminar.',
})
export class Event extends Node {}
addReadFields(Event, EVENT_PROPERTIES);

export const { Connection: EventConnection, Edge: EventEdge } = createConnectionTypes(Event, 'Event');
