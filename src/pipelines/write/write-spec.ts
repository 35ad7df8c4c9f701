import { EntityDefinition } from '../../graph/entity-definition';

/**
 * What the generic write machinery needs to know about an entity type besides its read definition: which input field
 * carries the display name, and the create input class against which an update merged with the stored values is
 * validated (so `endDate` sent alone is still checked against the stored `startDate`).
 */
export interface EntityWriteSpec {
  definition: EntityDefinition<never>;
  /** The input field stored as `name`: `title` for publications and policy documents, `name` elsewhere. */
  nameField: 'name' | 'title';
  /** The create input class (type-graphql input with class-validator rules). */
  createInput: new () => object;
  /**
   * The id of a new entity when the client gives none; by default the type's prefix and a slug of the name
   * (see idFromName). Countries use their code instead.
   */
  newId?: (input: Record<string, unknown>) => string;
}
