import { InputType } from 'type-graphql';
import { EntityDefinition } from '../../graph/entity-definition';
import { createMutationArgs } from './mutation-args';
import { EntityMutations } from './entity-mutation-resolver';
import { EntityWriteSpec } from './write-spec';
import { EntityWriteFields, IdField, NameField } from './write-fields';
import { addInputFields, PropertyDeclarations } from './entity-properties';

/** What sets one entity type's write inputs apart from another's (see {@link entityWriteInputs}). */
export interface WriteInputsOptions {
  /** The type with its article, as the mutations' descriptions say it: `an organisation`, `a policy document`. */
  noun: string;
  /** The type as the input descriptions say it, where they say more: `a person (in a public role only)`. */
  inputNoun?: string;
  /** The description of the name (or title) field, e.g. `Full name.` */
  name: string;
  /** The input field stored as `name` (see EntityWriteSpec); `name` unless given. */
  nameField?: 'name' | 'title';
  /** An id a client could choose, for the description of the `id` field of the create input. */
  idExample?: string;
  /**
   * The fields of the create input before its name, in place of the client-chosen `id` (countries: their `code`,
   * which makes the id). With it come `newId`, `create` and `update`, the descriptions that say so.
   */
  createFields?: Record<string, PropertyDecorator>;
  newId?: EntityWriteSpec['newId'];
  create?: string;
  update?: string;
  /** When upsert updates rather than creates (see EntityMutations). */
  upsertUpdatesWhen?: string;
}

/**
 * The write inputs of one entity type, made from its definition and declared properties: `Create<Type>Input` (the
 * input of create and upsert; class-validator rules run before the resolver) and `Update<Type>Input` (every field
 * optional, checked again merged with the stored entity). Both extend one abstract base that holds
 * {@link EntityWriteFields} and the declared properties' input fields (see PropertyDeclaration); the create input adds
 * the id a client may choose and the required name, the update input the optional name.
 *
 * Takes the type's definition, its declared properties and what sets it apart; returns the mutation argument classes
 * and the write spec, with the type name and noun: all that entityMutationResolver needs but the object type. Throws
 * nothing; type-graphql reads the classes when the schema is built.
 */
export function entityWriteInputs<W>(
  definition: EntityDefinition<W>,
  properties: PropertyDeclarations,
  options: WriteInputsOptions,
): Omit<EntityMutations, 'objectType'> {
  const { type } = definition;
  const nameField = options.nameField ?? 'name';
  const inputNoun = options.inputNoun ?? options.noun;
  const noun = inputNoun.replace(/^an? /, '');

  @InputType(`${type}Fields`)
  abstract class Fields extends EntityWriteFields {}
  addInputFields(Fields, properties);

  @InputType(`Create${type}Input`, { description: options.create ?? `A new ${noun}.` })
  class CreateInput extends Fields {}
  const createFields = options.createFields ?? { id: IdField(type, options.idExample ?? '') };
  for (const [key, decorate] of Object.entries(createFields)) decorate(CreateInput.prototype, key);
  NameField(options.name)(CreateInput.prototype, nameField);

  const update =
    options.update ?? `Changes to ${inputNoun}: fields left out are kept, optional fields sent as null are removed.`;
  @InputType(`Update${type}Input`, { description: update })
  class UpdateInput extends Fields {}
  NameField(options.name, { nullable: true })(UpdateInput.prototype, nameField);

  const newId = options.newId ? { newId: options.newId } : {};
  // The write machinery reads the definition's label and properties, never its typed `where` compilers.
  const untyped = definition as unknown as EntityDefinition<never>;
  const write: EntityWriteSpec = { definition: untyped, nameField, createInput: CreateInput, ...newId };
  const args = createMutationArgs<object, object>(CreateInput, UpdateInput);
  const upsert = options.upsertUpdatesWhen ? { upsertUpdatesWhen: options.upsertUpdatesWhen } : {};
  return { typeName: type, write, args, noun: options.noun, ...upsert };
}
