import { ArgsType, Field } from 'type-graphql';
import { IsBoolean, IsNotEmpty, MaxLength, ValidateBy, ValidationOptions } from 'class-validator';
import { MAX_DOCUMENT_LENGTH } from '../../domain/limits';

export { MAX_DOCUMENT_LENGTH };

/** True for where a document may come from: an http(s) URL, or `seed:<file>` / `file:<path>` for local files. */
export function isSourceUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2000) return false;
  if (/^(?:seed|file):[\w./\- ]+$/.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** class-validator: {@link isSourceUrl}. */
function IsSourceUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSourceUrl',
      validator: {
        validate: isSourceUrl,
        defaultMessage: () => '$property must be an http(s) URL, or seed:<file> / file:<path>',
      },
    },
    options,
  );
}

@ArgsType()
export class IngestDocumentArgs {
  @Field({ description: 'The document: plain text or HTML (an event page).' })
  @IsNotEmpty()
  @MaxLength(MAX_DOCUMENT_LENGTH)
  text!: string;

  @Field({
    description:
      'Where the document was read: an http(s) URL (or seed:<file>, file:<path>). Stored on every created fact.',
  })
  @IsSourceUrl()
  sourceUrl!: string;

  @Field({
    defaultValue: true,
    description: 'True (default): only extract, resolve and report. False: write, in one transaction.',
  })
  @IsBoolean()
  dryRun!: boolean;
}
