import { InputType } from 'type-graphql';
import { EventInvolvement, EventKind } from '../../graphql/enums';
import { createMutationArgs } from '../write/mutation-args';
import { EntityWriteSpec } from '../write/write-spec';
import { AttributesField, DateField, DateTimeField, EntityWriteFields, EnumField, IdField, NameField, TextField, UrlField, YearField } from '../write/write-fields';
import { EVENT } from './event.definition';

/** Fields shared by the create and update inputs. */
@InputType()
abstract class EventFields extends EntityWriteFields {
  @EnumField(EventKind, 'Kind of event.') kind?: EventKind | null;
  @DateField('First day (local calendar date of the venue); derived from startDateTime when left out, and must match it.', { localDateOf: 'startDateTime' })
  startDate?: string | null;
  @DateField('Last day; not before startDate; derived from endDateTime when left out, and must match it.', { notBefore: 'startDate', localDateOf: 'endDateTime' })
  endDate?: string | null;
  @DateTimeField('Start instant with its UTC offset, when the time of day is known, e.g. "2013-05-28T09:00:00+02:00".') startDateTime?: string | null;
  @DateTimeField('End instant with its UTC offset; not before startDateTime.', { notBefore: 'startDateTime' }) endDateTime?: string | null;
  @YearField('Year it took place; derived from startDate (or startDateTime) when left out, and must match it.', { yearOf: ['startDate', 'startDateTime'] })
  year?: number | null;
  @EnumField(EventInvolvement, "Cedefop's part in it.") involvement?: EventInvolvement | null;
  @UrlField('Event page (http or https).') url?: string | null;
  @TextField('One sentence in our own words.') summary?: string | null;
  @AttributesField(EVENT.fields) attributes?: Record<string, unknown> | null;
}

/** Input of `createEvent` and `upsertEvent`; class-validator rules run before the resolver. */
@InputType({ description: 'A new event.' })
export class CreateEventInput extends EventFields {
  @IdField('Event', 'event:pla-trainers-2013-louvain-la-neuve') id?: string | null;
  @NameField('Name of the event.') name!: string;
}

/** Input of `updateEvent`: every field optional; checked again merged with the stored entity. */
@InputType({ description: 'Changes to an event: fields left out are kept, optional fields sent as null are removed.' })
export class UpdateEventInput extends EventFields {
  @NameField('Name of the event.', { nullable: true }) name?: string | null;
}

/** Argument classes of the Event mutations. */
export const EventMutationArgs = createMutationArgs(CreateEventInput, UpdateEventInput);

/** How events are written (see EntityWriteSpec). */
export const EVENT_WRITE: EntityWriteSpec = { definition: EVENT as never, nameField: 'name', createInput: CreateEventInput };
