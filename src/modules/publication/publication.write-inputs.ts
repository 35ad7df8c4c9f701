import { InputType } from 'type-graphql';
import { PublicationKind } from '../../graphql/enums';
import { createMutationArgs } from '../write/mutation-args';
import { EntityWriteSpec } from '../write/write-spec';
import { AttributesField, DoiField, EntityWriteFields, EnumField, IdField, IsbnField, NameField, TextField, UrlField, YearField } from '../write/write-fields';
import { PUBLICATION } from './publication.definition';

/** Fields shared by the create and update inputs. */
@InputType()
abstract class PublicationFields extends EntityWriteFields {
  @EnumField(PublicationKind, 'Kind of publication.') kind?: PublicationKind | null;
  @YearField('Year of publication.') year?: number | null;
  @UrlField('Where to read it (http or https).') url?: string | null;
  @IsbnField('ISBN-10 or ISBN-13, hyphens allowed.') isbn?: string | null;
  @DoiField('DOI, e.g. 10.2801/12345.') doi?: string | null;
  @TextField('One sentence in our own words.') summary?: string | null;
  @AttributesField(PUBLICATION.fields) attributes?: Record<string, unknown> | null;
}

/** Input of `createPublication` and `upsertPublication`; class-validator rules run before the resolver. */
@InputType({ description: 'A new publication.' })
export class CreatePublicationInput extends PublicationFields {
  @IdField('Publication', 'pub:trainers-in-vet-2013') id?: string | null;
  @NameField('Title.') title!: string;
}

/** Input of `updatePublication`: every field optional; checked again merged with the stored entity. */
@InputType({ description: 'Changes to a publication: fields left out are kept, optional fields sent as null are removed.' })
export class UpdatePublicationInput extends PublicationFields {
  @NameField('Title.', { nullable: true }) title?: string | null;
}

/** Argument classes of the Publication mutations. */
export const PublicationMutationArgs = createMutationArgs(CreatePublicationInput, UpdatePublicationInput);

/** How publications are written (see EntityWriteSpec). */
export const PUBLICATION_WRITE: EntityWriteSpec = { definition: PUBLICATION as never, nameField: 'title', createInput: CreatePublicationInput };
