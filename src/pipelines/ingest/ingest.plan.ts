import slugify from 'slugify';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { BadUserInputError } from '../../errors/api-errors';
import { EntityType, ID_PREFIX } from '../../domain/entity-types';
import { PlaceKind } from '../../domain/enums';
import { RelationshipType } from '../../domain/relationship-types';
import { foldText } from '../../domain/text-folding';
import { EventExtraction, FACT_THRESHOLD, Mention, PageExtraction, TextSpan } from './ingest.model';
import { countryName } from '../../gazetteer/countries';
import { dropUnstorable } from './ingest.storable';
import { isInferredTitle } from './ingest.title-judge';
import { TOPIC_VOCABULARY } from './ingest.vocabulary';
import { isWrittenUntitled, untitledEventName } from './ingest.untitled';

/** What an extracted thing is in the document ("event", "host", "city", "cited publication" ...). */
export type EntityRole =
  | 'event'
  | 'host'
  | 'organiser'
  | 'participant'
  | 'working group'
  | 'city'
  | 'region'
  | 'country'
  | 'participating country'
  | 'mentioned country'
  | 'cited publication'
  | 'publisher'
  | 'cited policy document'
  | 'adopted by'
  | 'topic'
  | 'contact';

/** An entity the document speaks of, before resolution: its proposed id, name and props in import form. */
export interface CandidateEntity {
  /** Local key, unique per document: the same real thing named twice (organiser and author) is one candidate. */
  key: string;
  role: EntityRole;
  type: EntityType;
  proposedId: string;
  name: string;
  /** Props as data/FORMAT.md writes them (ISO dates, plain numbers); stored through toStoredProps. */
  props: Record<string, unknown>;
  confidence: number;
  span: TextSpan;
  /**
   * True for an event whose title is inferred (the URL's slug, its kind and place, or a heading that cannot be a name):
   * never a fact.
   */
  inferred?: boolean;
  /** True for an event written untitled, under a description of it rather than a name (ingest.untitled.ts). */
  untitled?: boolean;
  /**
   * For an event written untitled whose title was read below the threshold (ingest.untitled.ts): that title, proposed
   * to an editor as the event's name.
   */
  titleRead?: Mention<string>;
  /** Props read with their own confidence and span (the event's dates, kind, virtual flag): reviewed one by one. */
  propEvidence?: Record<string, { confidence: number; span: TextSpan }>;
}

/** A relationship between two candidates. */
export interface CandidateRelation {
  fromKey: string;
  type: RelationshipType;
  toKey: string;
  confidence: number;
  span: TextSpan;
}

/** Candidates of one event of a document. */
export interface Candidates {
  entities: CandidateEntity[];
  relations: CandidateRelation[];
  /** Values left out because they cannot be stored, each naming the field and the reason (never the value). */
  warnings?: string[];
}

/**
 * One candidate set per event the page describes, in page order ([] for a page about no event); see planCandidates.
 * @throws BadUserInputError as planCandidates, for the first event that cannot be stored
 */
export function planPage(page: PageExtraction, sourceUrl: string): Candidates[] {
  return page.events.map((event) => planCandidates(event, page, sourceUrl));
}

/**
 * Turns one event of a page into candidate entities and relations (the shape data/FORMAT.md gives facts), with stable
 * proposed ids (`<prefix>:<slug of the name>`, events and policy documents with their year), so that ingesting the
 * same document again proposes the same ids. Countries only mentioned are kept as candidates without relations:
 * reported, never written.
 * @param extraction the event (one of `page.events`, or the whole page read as one for a dry-run report)
 * @param page the page it was read from (its canonical URL is the event's `url` when the source is not http(s))
 * @param sourceUrl stored as the event's `url` when it is an http(s) URL
 * Values that cannot be stored (a host name over 500 characters, an event URL that is not a URL) are left out with a
 * warning naming the field (see dropUnstorable).
 * @throws BadUserInputError naming `event.name` when the event's own name, or the title line read, cannot be stored
 *   (field case F10)
 */
export function planCandidates(
  extraction: EventExtraction,
  page: Pick<PageExtraction, 'url'> | undefined,
  sourceUrl: string,
): Candidates {
  const entities = new Map<string, CandidateEntity>();
  const relations: CandidateRelation[] = [];
  const add = (candidate: Omit<CandidateEntity, 'key'>): string => {
    const key = candidate.type === 'Event' ? 'event' : `${candidate.type}|${stripArticle(foldText(candidate.name))}`;
    const existing = entities.get(key);
    if (!existing) entities.set(key, { ...candidate, key });
    else if (existing.role === 'mentioned country' && candidate.role !== 'mentioned country')
      entities.set(key, { ...candidate, key, span: existing.span });
    return key;
  };
  /** Relates two candidates, once, with the confidence and span of the mention that says so. */
  const relate = (
    fromKey: string,
    type: RelationshipType,
    toKey: string,
    said: { confidence: number; span: TextSpan },
  ) => {
    const { confidence, span } = said;
    if (!relations.some((r) => r.fromKey === fromKey && r.type === type && r.toKey === toKey))
      relations.push({ fromKey, type, toKey, confidence, span });
  };

  const { title, startDate, endDate } = extraction;
  const year = startDate?.value.slice(0, 4);
  const eventProps: Record<string, unknown> = {
    kind: extraction.kind?.value,
    startDate: startDate?.value,
    // A one-day event is stored without an end date, as the importer stores it.
    endDate: endDate && endDate.value !== startDate?.value ? endDate.value : undefined,
    involvement: extraction.involvement?.value,
    url: /^https?:\/\//.test(sourceUrl) ? sourceUrl : (page?.url ?? extraction.url),
    // Only what the page says: an event not said to be online is not claimed to be held in person.
    virtual: extraction.online ? true : undefined,
  };
  const propEvidence = withoutUndefined({
    kind: extraction.kind,
    startDate,
    endDate: eventProps.endDate ? endDate : undefined,
  }) as CandidateEntity['propEvidence'];
  // The title line as read must be storable even when the event is written untitled: it may be proposed as the name,
  // and an over-long one is refused up front as the event's name (field case F10), as it was when it was the name.
  if (title.value.length > MAX_NAME_LENGTH) {
    throw new BadUserInputError([
      {
        field: 'event.name',
        reason: `must be at most ${MAX_NAME_LENGTH} characters (the extracted text has ${title.value.length})`,
      },
    ]);
  }
  const untitled = isWrittenUntitled(extraction, (m) => m.confidence >= FACT_THRESHOLD);
  const named = untitled ? untitledEvent(extraction) : title;
  const event = add({
    ...candidate(named, 'event', 'Event', {
      proposedId: withYear(`event:${slug(named.value)}`, year),
      props: withoutUndefined(eventProps),
    }),
    propEvidence,
    ...(isInferredTitle(title) && !untitled ? { inferred: true } : {}),
    ...(untitled ? { untitled: true } : {}),
    ...(untitled && !isInferredTitle(title) ? { titleRead: title } : {}),
  });

  const place = extraction.place;
  if (place) {
    const country = add(countryCandidate(place.country, 'country'));
    const city = add(
      candidate(place.city, 'city', 'Place', { props: { kind: PlaceKind.CITY, countryCode: place.country.value } }),
    );
    relate(event, 'HELD_IN', city, place.city);
    if (place.region) {
      const props = { kind: PlaceKind.REGION, countryCode: place.country.value };
      const region = add(candidate(place.region, 'region', 'Place', { props }));
      relate(city, 'LOCATED_IN', region, place.region);
      relate(region, 'LOCATED_IN', country, place.country);
      // A region the gazetteer adds is below the fact threshold (a proposal): the city keeps its country meanwhile.
      if (place.region.confidence < FACT_THRESHOLD) relate(city, 'LOCATED_IN', country, place.country);
    } else {
      relate(city, 'LOCATED_IN', country, place.country);
    }
  }

  for (const host of extraction.hosts) relate(event, 'HOSTED_BY', add(organisation(host, 'host')), host);
  for (const organiser of extraction.organisers)
    relate(event, 'ORGANISED_BY', add(organisation(organiser, 'organiser')), organiser);
  for (const participant of extraction.participants)
    relate(add(organisation(participant, 'participant')), 'PARTICIPATED_IN', event, participant);
  for (const group of extraction.workingGroups) {
    const key = add(candidate(group, 'working group', 'WorkingGroup'));
    relate(event, 'ORGANISED_BY', key, group);
  }
  for (const publication of extraction.publications) {
    const key = add(candidate(publication, 'cited publication', 'Publication'));
    relate(event, 'CITES', key, publication);
    if (publication.publisher)
      relate(key, 'PUBLISHED_BY', add(organisation(publication.publisher, 'publisher')), publication.publisher);
  }
  for (const policy of extraction.policyDocuments) {
    const key = add(
      candidate(policy, 'cited policy document', 'PolicyDocument', {
        proposedId: withYear(
          `policy:${slug(policy.value)}`,
          policy.year === undefined ? undefined : String(policy.year),
        ),
        props: withoutUndefined({ kind: policy.kind, year: policy.year }),
      }),
    );
    relate(event, 'CITES', key, policy);
    for (const author of policy.adoptedBy) relate(key, 'ADOPTED_BY', add(organisation(author, 'adopted by')), author);
  }
  for (const topic of extraction.topics) {
    const entry = TOPIC_VOCABULARY.find((t) => t.id === topic.value);
    if (!entry) continue;
    relate(event, 'ABOUT', add(candidate(topic, 'topic', 'Topic', { name: entry.name, proposedId: entry.id })), topic);
  }
  for (const contact of extraction.contacts) {
    relate(add(candidate(contact, 'contact', 'Person')), 'CONTACT_FOR', event, contact);
  }
  for (const country of extraction.participatingCountries)
    relate(add(countryCandidate(country, 'participating country')), 'PARTICIPATED_IN', event, country);
  for (const country of extraction.countries) add(countryCandidate(country, 'mentioned country'));
  if (!place && !extraction.online) {
    // Venue given by country only ("in Belgium"): the first country named in the first sentence.
    const firstStop = extraction.text.indexOf('.', extraction.block.start);
    const venue = extraction.countries.find(
      (c) => c.span.start < (firstStop >= 0 && firstStop < extraction.block.end ? firstStop + 1 : extraction.block.end),
    );
    if (venue) relate(event, 'HELD_IN', add(countryCandidate(venue, 'country')), { confidence: 0.6, span: venue.span });
  }

  const warnings = !untitled
    ? []
    : isInferredTitle(title)
      ? [`event.name: the page gives the event no name; written as "${named.value}" (the guessed title is not used)`]
      : [
          `event.name: the title read is not sure (confidence ${title.confidence}); written as "${named.value}", ` +
            'the title proposed for review',
        ];
  return dropUnstorable({ entities: [...entities.values()], relations, warnings });
}

/**
 * The name mention of an event written untitled (ingest.untitled.ts): a description made of its sure kind, city and
 * dates, as sure as the least sure of its kind and start date, read where its start date is.
 */
function untitledEvent(extraction: EventExtraction): Mention<string> {
  const { kind, startDate, endDate, place } = extraction;
  const sure = <T>(m: Mention<T> | undefined) => (m && m.confidence >= FACT_THRESHOLD ? m.value : undefined);
  return {
    value: untitledEventName(sure(kind), startDate!.value, sure(endDate), place && sure(place.city)),
    confidence: Math.min(sure(kind) ? kind!.confidence : 1, startDate!.confidence),
    span: startDate!.span,
  };
}

/**
 * The candidate entity a mention names: of `type`, in `role`, with the mention's confidence and span, named by the
 * mention's text unless `name` is given, with the id `<prefix>:<slug of the name>` (ID_PREFIX) unless `proposedId` is
 * given, and `props` (none unless given).
 */
function candidate(
  found: Mention<unknown> & { value: string },
  role: EntityRole,
  type: EntityType,
  rest: { name?: string; proposedId?: string; props?: Record<string, unknown> } = {},
): Omit<CandidateEntity, 'key'> {
  const name = rest.name ?? found.value;
  const proposedId = rest.proposedId ?? `${ID_PREFIX[type]}:${slug(name)}`;
  return { role, type, name, confidence: found.confidence, span: found.span, proposedId, props: rest.props ?? {} };
}

function organisation(found: Mention<string> & { acronym?: string }, role: EntityRole): Omit<CandidateEntity, 'key'> {
  return candidate(found, role, 'Organisation', { props: withoutUndefined({ acronym: found.acronym }) });
}

function countryCandidate(found: Mention<string>, role: EntityRole): Omit<CandidateEntity, 'key'> {
  const name = countryName(found.value);
  return candidate(found, role, 'Country', {
    name,
    proposedId: `country:${found.value}`,
    props: { code: found.value, name },
  });
}

/**
 * A stable kebab-case slug of a name for ids: folded (no accents, lower case), non-alphanumerics as hyphens, cut at
 * a word boundary to at most 80 characters. A name in another script (Greek, Cyrillic) is transliterated by
 * `slugify`, as the write API's ids are ("Ετήσιου Συνεδρίου" → `etisioy-synedrioy`), so it gets an id
 * too.
 */
export function slug(name: string): string {
  let full = foldText(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!full) full = slugify(name, { lower: true, strict: true, trim: true });
  if (full.length <= 80) return full;
  const cut = full.slice(0, 80);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : 80);
}

/** `id` with `-<year>` appended unless it already ends with the year. */
function withYear(id: string, year: string | undefined): string {
  return year && !id.endsWith(year) ? `${id}-${year}` : id;
}

/** A folded name without a leading article ("the forem" → "forem", "le forem" → "forem"). */
export function stripArticle(folded: string): string {
  return folded.replace(/^(?:(?:the|le|la|les|der|die|das)\s+|l['’]\s*)/, '');
}

export function withoutUndefined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}
