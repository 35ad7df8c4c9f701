import { EventInvolvement, EventKind, PolicyDocumentKind, PublicationKind } from '../../domain/enums';

/** Where in the ingested plain text something was read: `text.slice(start, end) === text` (UTF-16 offsets). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One extracted value, how sure the extractor is (0..1) and the span it came from. */
export interface Mention<T> {
  value: T;
  confidence: number;
  span: TextSpan;
}

/** How the event title was obtained: a heading of the page, its first line, or derived from its first sentence. */
export type TitleOrigin = 'heading' | 'first-line' | 'first-sentence' | 'kind-and-place';

/** A place found through the gazetteer: the city as written, its region and country from the gazetteer. */
export interface PlaceFound {
  city: Mention<string>;
  /** The region (state, province) the gazetteer puts the city in; absent when unknown or equal to the city. */
  region?: Mention<string>;
  /** ISO 3166-1 alpha-2. */
  country: Mention<string>;
  /** False when the city is not in the gazetteer and only the "City (Country)" pattern vouches for it. */
  inGazetteer: boolean;
}

/** A cited publication: its title as quoted, and the organisation that published it when the sentence says. */
export interface PublicationFound extends Mention<string> {
  publisher?: Mention<string>;
}

/** A cited policy document: its name, kind, year and the bodies named as its authors in the citation. */
export interface PolicyDocumentFound extends Mention<string> {
  kind?: PolicyDocumentKind;
  year?: number;
  adoptedBy: Array<Mention<string>>;
}

/** An organisation as named in the text (leading article removed), with an acronym given in brackets after it. */
export interface OrganisationFound extends Mention<string> {
  acronym?: string;
}

/**
 * Everything read from one document, before any lookup in the graph. Pure data: the same text always gives the
 * same extraction (this is what `npm run ingest:eval` scores).
 */
export interface DocumentExtraction {
  /** The plain text every span points into (for HTML, the text cheerio extracted). */
  text: string;
  title: Mention<string> & { origin: TitleOrigin };
  kind?: Mention<EventKind>;
  involvement?: Mention<EventInvolvement>;
  startDate?: Mention<string>;
  endDate?: Mention<string>;
  /** Why the dates the page writes cannot be taken (a day that does not exist, an end before the start). */
  dateProblem?: string;
  place?: PlaceFound;
  /** True when the page says the event was online (then no place is expected). */
  online: boolean;
  hosts: OrganisationFound[];
  organisers: OrganisationFound[];
  /** Organisations that took part (not hosts or organisers). */
  participants: OrganisationFound[];
  workingGroups: Array<Mention<string>>;
  publications: PublicationFound[];
  policyDocuments: PolicyDocumentFound[];
  /** Every country named in the text (ISO alpha-2), first mention each. */
  countries: Array<Mention<string>>;
  /** Countries named as taking part (participants, representatives, experts from ...). */
  participatingCountries: Array<Mention<string>>;
  /** Topic ids of the controlled vocabulary (ingest.vocabulary.ts). */
  topics: Array<Mention<string>>;
  /** The type line of the page's related document, e.g. "Technical report". */
  documentType?: Mention<PublicationKind>;
  contacts: Array<Mention<string>>;
  /** The page's own URL when an HTML page declares one (canonical link). */
  url?: string;
}

/** A span of `text` from `start` to `end`. */
export function spanOf(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
