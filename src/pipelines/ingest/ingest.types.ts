import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EnumValue, graphqlEnum } from '../../graphql/graphql-enum';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTimeScalar } from '../../graphql/scalars';
import { PublicationKind } from '../../graphql/enums';
import { Proposal } from './ingest.proposal-types';
import { TextSpan } from './ingest.span-type';

export { TextSpan };

/** What the ingestion does with an extracted entity. */
export const IngestAction = graphqlEnum(
  'IngestAction',
  ['CREATE', 'LINK', 'MENTION', 'PROPOSE'],
  'CREATE: a new node; LINK: a node already in the graph; MENTION: named in the text but in no relationship, so not ' +
    'written; PROPOSE: new but held back for review (see IngestResult.proposals).',
);
export type IngestAction = EnumValue<typeof IngestAction>;

/** What the ingestion does with an extracted relationship. */
export const IngestRelationshipAction = graphqlEnum(
  'IngestRelationshipAction',
  ['CREATE', 'EXISTS', 'PROPOSE'],
  'CREATE: a new relationship; EXISTS: already in the graph, left as it is; PROPOSE: held back for review (see ' +
    'IngestResult.proposals).',
);
export type IngestRelationshipAction = EnumValue<typeof IngestRelationshipAction>;

@ObjectType({ description: 'A document facts were extracted from: created nodes link to it with EXTRACTED_FROM.' })
export class SourceDocument {
  @Field(() => ID, { description: '`source:<contentHash>`.' }) id!: string;
  @Field({ description: 'Where the document was read.' }) url!: string;
  @Field({ description: 'SHA-256 of the ingested text, hex.' }) contentHash!: string;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was ingested; null in a dry run of a new document.',
  })
  ingestedAt!: string | null;
  @Field({ description: 'The event title the ingestion used.' }) title!: string;
  @Field(() => PublicationKind, {
    nullable: true,
    description: 'The document type line of the page, e.g. TECHNICAL_REPORT.',
  })
  documentType!: PublicationKind | null;
  @Field(() => String, {
    nullable: true,
    description: 'The main language of the page, ISO 639-1 (detected with tinyld); null when it has no words.',
  })
  language!: string | null;
}

@ObjectType({ description: 'An entity read from the document and how it was resolved against the graph.' })
export class IngestedEntity {
  @Field({
    description:
      'What it is in the document: event, host, organiser, working group, city, region, country, cited publication, ' +
      'publisher, cited policy document, adopted by, topic, contact, participating country, mentioned country.',
  })
  role!: string;
  @Field({ description: 'Its entity type (Event, Organisation, ...).' }) entityType!: string;
  @Field(() => ID, { description: 'The id it has (LINK: the existing node) or gets (CREATE).' }) id!: string;
  @Field() name!: string;
  @Field(() => IngestAction) action!: IngestAction;
  @Field(() => String, {
    nullable: true,
    description:
      'How the existing node was found: id, name, acronym, alternative name, name tokens, url, date and place.',
  })
  matchedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the existing node it was linked to.' }) existingName!:
    string | null;
  @Field(() => Float, { description: 'How sure the extraction is, 0..1.' }) confidence!: number;
  @Field(() => TextSpan, { description: 'Where in the text it was read.' }) span!: TextSpan;
  @Field(() => GraphQLJSONObject, { description: 'Properties extracted for it (as data/FORMAT.md writes them).' })
  props!: Record<string, unknown>;
}

@ObjectType({ description: 'A relationship read from the document.' })
export class IngestedRelationship {
  @Field({ description: 'Relationship type, e.g. HOSTED_BY.' }) type!: string;
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => IngestRelationshipAction) action!: IngestRelationshipAction;
  @Field(() => Float) confidence!: number;
  @Field(() => TextSpan) span!: TextSpan;
}

@ObjectType({ description: 'Counts of an ingestion.' })
export class IngestCounts {
  @Field(() => Int) entitiesCreated!: number;
  @Field(() => Int) entitiesLinked!: number;
  @Field(() => Int) mentionsOnly!: number;
  @Field(() => Int) relationshipsCreated!: number;
  @Field(() => Int) relationshipsExisting!: number;
  @Field(() => Int, { description: 'Proposals queued for review (or, in a dry run, that would be).' })
  proposals!: number;
}

@ObjectType({ description: 'What ingesting a document extracted, linked and created (or, in a dry run, would).' })
export class IngestResult {
  @Field() dryRun!: boolean;
  @Field({ description: 'True when the same text was ingested before: nothing was written.' })
  alreadyIngested!: boolean;
  @Field(() => SourceDocument) sourceDocument!: SourceDocument;
  @Field({ description: 'The title of the first event of the page.' }) title!: string;
  @Field({
    description:
      'How that title was obtained: label, heading, first-line, quoted, first-sentence, url or kind-and-place.',
  })
  titleOrigin!: string;
  @Field(() => IngestedEntity, {
    description: 'The first event of the page (the same as `events[0]`; kept for clients written before `events`).',
  })
  event!: IngestedEntity;
  @Field(() => [IngestedEntity], {
    description: 'Every event the page describes, in page order (a listing page or newsletter gives several).',
  })
  events!: IngestedEntity[];
  @Field(() => [IngestedEntity]) entities!: IngestedEntity[];
  @Field(() => [IngestedRelationship]) relationships!: IngestedRelationship[];
  @Field(() => [Proposal], {
    description: 'What was queued for review instead of written (status PENDING; in a dry run, what would be).',
  })
  proposals!: Proposal[];
  @Field(() => IngestCounts) counts!: IngestCounts;
  @Field(() => [String], {
    description:
      'Why writing this document would be refused (e.g. it reads as no event page): a dry run reports it here, a ' +
      'write is refused with BAD_USER_INPUT. Then the values and events left out because they cannot be stored ' +
      '(e.g. "event.url left out: ..."), each naming the field. Empty when everything read can be written.',
  })
  warnings!: string[];
}
