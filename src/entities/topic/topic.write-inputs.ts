import { InputType } from 'type-graphql';
import { createMutationArgs } from '../../pipelines/write/mutation-args';
import { EntityWriteSpec } from '../../pipelines/write/write-spec';
import { EntityWriteFields, IdField, NameField } from '../../pipelines/write/write-fields';
import { TOPIC } from './topic.definition';
import { TOPIC_PROPERTIES } from './topic.type';
import { addInputFields } from '../../pipelines/write/entity-properties';

/** Fields shared by the create and update inputs: the declared properties' input fields (see PropertyDeclaration). */
@InputType()
abstract class TopicFields extends EntityWriteFields {}
addInputFields(TopicFields, TOPIC_PROPERTIES);

/** Input of `createTopic` and `upsertTopic`; class-validator rules run before the resolver. */
@InputType({ description: 'A new topic.' })
export class CreateTopicInput extends TopicFields {
  @IdField('Topic', 'topic:in-company-trainers') id?: string | null;
  @NameField('Name of the topic.') name!: string;
}

/** Input of `updateTopic`: every field optional; checked again merged with the stored entity. */
@InputType({ description: 'Changes to a topic: fields left out are kept, optional fields sent as null are removed.' })
export class UpdateTopicInput extends TopicFields {
  @NameField('Name of the topic.', { nullable: true }) name?: string | null;
}

/** Argument classes of the Topic mutations. */
export const TopicMutationArgs = createMutationArgs(CreateTopicInput, UpdateTopicInput);

/** How topics are written (see EntityWriteSpec). */
export const TOPIC_WRITE: EntityWriteSpec = {
  definition: TOPIC as never,
  nameField: 'name',
  createInput: CreateTopicInput,
};
