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

/**
 * How the event title was obtained: a title field (`label`), a heading of the page, its first line, a quoted name
 * after an event word (`quoted`), the subject of its first sentence, a recurring event of the field named in the
 * event's text (`series`: "European Vocational Skills Week 2019"), the URL's slug (`url`, inferred), or a
 * description made of the kind and place when nothing names the event (`kind-and-place`, never a fact).
 */
export type TitleOrigin =
  'label' | 'heading' | 'first-line' | 'quoted' | 'first-sentence' | 'series' | 'url' | 'kind-and-place';

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
  /** The name of the bundled data's organisation this name stands for, when exactly one goes by it (name judge). */
  knownAs?: string;
}

/**
 * One event as a page describes it, before any lookup in the graph: every value with a confidence (0..1) and the
 * span of the page's plain text it came from. Values below the fact threshold (FACT_THRESHOLD) are proposals.
 */
export interface EventExtraction {
  /** The page's plain text every span points into (the same for every event of a page). */
  text: string;
  /** The part of the page this event's places, roles and citations were read from. */
  block: TextSpan;
  title: Mention<string> & { origin: TitleOrigin };
  kind?: Mention<EventKind>;
  involvement?: Mention<EventInvolvement>;
  startDate?: Mention<string>;
  endDate?: Mention<string>;
  /** Why the dates the page writes cannot be taken (a day that does not exist, an end before the start). */
  dateProblem?: string;
  place?: PlaceFound;
  /** True when the page says the event is or was held online (then no place is kept). */
  online: boolean;
  hosts: OrganisationFound[];
  organisers: OrganisationFound[];
  /** Organisations that took part (not hosts or organisers). */
  participants: OrganisationFound[];
  workingGroups: Array<Mention<string>>;
  publications: PublicationFound[];
  policyDocuments: PolicyDocumentFound[];
  /** Every country named in the event's block (ISO alpha-2), first mention each. */
  countries: Array<Mention<string>>;
  /** Countries named as taking part (participants, representatives, experts from ...). */
  participatingCountries: Array<Mention<string>>;
  /** Topic ids of the controlled vocabulary (ingest.vocabulary.ts). */
  topics: Array<Mention<string>>;
  contacts: Array<Mention<string>>;
  /** The page's own URL when an HTML page declares one (canonical link). */
  url?: string;
  /** What was read but not used for this event, and why (a date without a year, a distractor date ...). */
  warnings: string[];
}

/**
 * Everything read from one page: its language, every event it describes (none for a page about no event: a
 * vacancy, a project page, a summary of a document) and what was set aside. Pure data: the same text always gives
 * the same extraction (this is what `npm run ingest:eval` scores).
 */
export interface PageExtraction {
  /** The plain text every span points into (for HTML, the text cheerio extracted; always NFC). */
  text: string;
  /** The page's main language, ISO 639-1 (tinyld, see ingest.language.ts). */
  language?: Mention<string>;
  events: EventExtraction[];
  /** Why the page describes no event; set exactly when `events` is empty. */
  noEvent?: string;
  /** Dates and mentions set aside for the whole page (publication dates, deadlines, earlier meetings ...). */
  warnings: string[];
  /** The type line of the page's related document, e.g. "Technical report". */
  documentType?: Mention<PublicationKind>;
  /** The page's own URL when an HTML page declares one (canonical link). */
  url?: string;
}

/** Earlier name of {@link PageExtraction}. */
export type DocumentExtraction = PageExtraction;

/**
 * Confidence at or above which an extracted value is written as a fact; below it, it is a proposal for an editor.
 * The evaluation (`npm run ingest:eval`, `--threshold`) uses the same default.
 */
export const FACT_THRESHOLD = 0.75;

/** A span of `text` from `start` to `end`. */
export function spanOf(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
