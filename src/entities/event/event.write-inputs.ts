import { InputType } from 'type-graphql';
import { createMutationArgs } from '../../pipelines/write/mutation-args';
import { EntityWriteSpec } from '../../pipelines/write/write-spec';
import { EntityWriteFields, IdField, NameField } from '../../pipelines/write/write-fields';
import { EVENT } from './event.definition';
import { EVENT_PROPERTIES } from './event.type';
import { addInputFields } from '../../pipelines/write/entity-properties';

/** Fields shared by the create and update inputs: the declared properties' input fields (see PropertyDeclaration). */
@InputType()
abstract class EventFields extends EntityWriteFields {}
addInputFields(EventFields, EVENT_PROPERTIES);

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
export const EVENT_WRITE: EntityWriteSpec = {
  definition: EVENT as never,
  nameField: 'name',
  createInput: CreateEventInput,
};
