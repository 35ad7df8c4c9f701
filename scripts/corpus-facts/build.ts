import { isCalendarDate } from '../../src/domain/calendar-date';
import { CitedWork, EventFacts, PageFacts } from './page-facts';
import { nameKey, Registry, Relations, SameAsGroup, slugOf, VetEntity, VetRelation } from './registry';
import { eventKindOf, fillGaps, matchEvent, yearInTitle, yearOf } from './events';
import { capitalised, isPersonName, PUBLICATION_KINDS, SHORT_NAMES, splitBrackets, usable } from './names';
import { similarWork } from './similar-work';
import { dropTopicsNamingEntities } from './topics';
import { addStatedRelations } from './stated-relations';
import { EntityType } from '../../src/domain/entity-types';

/** A vet-facts file. */
export interface VetDataset {
  about?: string;
  entities: VetEntity[];
  relations: VetRelation[];
}

/** A place where a page and what is already known disagree: both are kept, this says so (issue 13). */
export interface DisagreementNote {
  id: string;
  field: string;
  known: unknown;
  page: unknown;
  url: string;
}

/** What {@link buildCorpusFacts} made. */
export interface CorpusFacts {
  dataset: VetDataset;
  notes: DisagreementNote[];
  pagesUsed: number;
  eventsCreated: number;
  eventsLinked: number;
}

/**
 * Turns reviewed pages into one vet-facts dataset: an event per page event (matched to a known event when
 * {@link matchEvent} finds exactly one, which then cites the page too), its place and country, hosts, organisers,
 * participants, working groups, cited publications and policy documents, topics and contacts, every entity and
 * relationship citing the page's URL. Bundled entities are re-declared only with the sources pages add; their props are
 * never changed, and a page that disagrees with them (another end date, another city) gives a {@link DisagreementNote}.
 * Events with neither title nor a match are left out (a name is not invented). Countries use ISO codes; a country
 * the bundled data lacks gets its English name from the ICU region names of Node.js.
 * Names an editor judged to be one entity (`sameAs`, data/review/same-as.json) find that one entity, which lists
 * them as `altNames`; a generic organisation name is resolved only within its stated country or its page.
 * @param bundled the bundled vet-facts files, used to find known entities and where known events are held
 * @param sameAs the reviewed same-as groups
 */
export function buildCorpusFacts(pages: PageFacts[], bundled: VetDataset[], sameAs: SameAsGroup[] = []): CorpusFacts {
  const registry = new Registry(bundled.flatMap((d) => d.entities));
  for (const [id, name] of SHORT_NAMES) registry.knownAs(id, name);
  for (const group of sameAs) registry.sameAs(group);
  const relations = new Relations();
  const placeOf = new Map<string, string>();
  const located = new Set<string>();
  for (const relation of bundled.flatMap((d) => d.relations)) {
    if (relation.type === 'HELD_IN' && relation.to.startsWith('place:')) placeOf.set(relation.from, relation.to);
    if (relation.type === 'LOCATED_IN') located.add(relation.from);
  }
  const notes: DisagreementNote[] = [];
  let eventsCreated = 0;
  let eventsLinked = 0;
  let pagesUsed = 0;

  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const country = (code: string, url: string): string | undefined => {
    if (!/^[A-Z]{2}$/.test(code)) return undefined;
    const id = `country:${code}`;
    if (registry.get(id)) {
      registry.cite(id, url);
      return id;
    }
    const name = regionNames.of(code);
    return name && name !== code ? registry.create('Country', code, name, url, { code, name }).id : undefined;
  };
  const organisation = (written: string, page: PageFacts): string | undefined => {
    if (!usable(written)) return undefined;
    const stated = page.organisations.find((o) => o.name === written || o.acronym === written);
    const { name, acronym: inBrackets, countryCode } = splitBrackets(stated?.name ?? written);
    const fullName = name;
    const statedAcronym = stated?.acronym ?? inBrackets;
    const acronym = statedAcronym && statedAcronym !== fullName ? statedAcronym : undefined;
    const known = registry.find('WorkingGroup', written);
    if (known) return (registry.cite(known, page.url), known);
    const props: Record<string, unknown> = {};
    const code = stated?.country?.toUpperCase() ?? countryCode;
    const countryId = code ? country(code, page.url) : undefined;
    if (countryId) props.countryCode = countryId.slice('country:'.length);
    // A generic name ("Ministry of Education") is one body per stated country, else per page (Registry.find).
    const id = registry.ensure('Organisation', fullName, page.url, props, acronym, code ?? page.url);
    if (id && acronym) registry.alias(id, acronym);
    if (id && countryId && !located.has(id)) {
      relations.add(id, 'LOCATED_IN', countryId, [page.url]);
      located.add(id);
    }
    return id;
  };
  const work = (type: 'Publication' | 'PolicyDocument', cited: CitedWork, page: PageFacts): string | undefined => {
    if (!usable(cited.title)) return undefined;
    const props: Record<string, unknown> = {};
    if (typeof cited.year === 'number' && cited.year >= 1950 && cited.year <= 2030) props.year = cited.year;
    const kind = type === 'Publication' && cited.kind ? PUBLICATION_KINDS[cited.kind.toLowerCase()] : undefined;
    if (kind) props.kind = kind;
    const similar = registry.find(type, cited.title)
      ? undefined
      : similarWork(registry, type, cited.title, props.year as number | undefined);
    if (similar) registry.cite(similar, page.url);
    const id = similar ?? registry.ensure(type, cited.title, page.url, props);
    if (id && type === 'Publication' && cited.publisher) {
      const publisher = organisation(cited.publisher, page);
      if (publisher) relations.add(id, 'PUBLISHED_BY', publisher, [page.url]);
    }
    return id;
  };

  for (const page of pages) {
    if (!/^https?:\/\//.test(page.url)) continue;
    let used = false;
    for (const cited of page.publications) used = Boolean(work('Publication', cited, page)) || used;
    const pageEvents = new Map<string, string>();
    for (const facts of page.events) {
      const eventId = eventFor(facts, page);
      if (!eventId) continue;
      used = true;
      if (facts.title) pageEvents.set(nameKey(facts.title), eventId);
      linkEvent(eventId, facts, page);
    }
    for (const person of page.people ?? []) used = addPerson(person, page) || used;
    const resolve = (type: EntityType, name: string): string | undefined => {
      if (type === 'Event') return pageEvents.get(nameKey(name)) ?? registry.find('Event', name);
      if (type === 'Organisation') return organisation(name, page);
      if (type === 'WorkingGroup')
        return (
          registry.find('WorkingGroup', name) ??
          registry.find('Organisation', name) ??
          registry.ensure('WorkingGroup', name, page.url)
        );
      if (type === 'Country') return country(name.toUpperCase(), page.url);
      if (type === 'Place')
        return registry.find('Place', name) ?? registry.ensure('Place', name, page.url, { name, kind: 'CITY' });
      if (type === 'PolicyDocument' || type === 'Publication') return work(type, { title: name }, page);
      return undefined;
    };
    used = addStatedRelations(page, resolve, (id) => registry.get(id)?.type, relations) > 0 || used;
    if (used) pagesUsed++;
  }

  /**
   * A person the page presents in a public role: the Person (found by name, else created with the role the page
   * gives) and WORKS_FOR the organisation the page ties them to ("European Commission (DG EMPL)" is the Commission's).
   */
  function addPerson(
    person: { name: string; role: string | null; organisation: string | null },
    page: PageFacts,
  ): boolean {
    if (!isPersonName(person.name)) return false;
    const id = registry.ensure('Person', person.name, page.url, person.role ? { role: person.role } : {});
    if (!id) return false;
    const before = person.organisation ? /^(.*\S)\s*\([^()]+\)$/.exec(person.organisation)?.[1] : undefined;
    const known = before ? registry.find('Organisation', before) : undefined;
    if (known) registry.cite(known, page.url);
    const employer = known ?? (person.organisation ? organisation(person.organisation, page) : undefined);
    if (employer?.startsWith('org:')) relations.add(id, 'WORKS_FOR', employer, [page.url]);
    return true;
  }

  /**
   * The event a reviewed same-as group names by this title (data/review/same-as.json: "Europäische Woche der
   * Berufsbildung 2018" is the European Vocational Skills Week 2018), when the page's year is that event's year.
   */
  function joinedEvent(facts: EventFacts): string | undefined {
    const id = facts.title ? registry.joined('Event', facts.title) : undefined;
    const event = id ? registry.get(id) : undefined;
    if (!event) return undefined;
    const year = yearOf(facts);
    const known = typeof event.props.startDate === 'string' ? Number(event.props.startDate.slice(0, 4)) : undefined;
    return year && known && year !== known ? undefined : id;
  }

  function eventFor(facts: EventFacts, page: PageFacts): string | undefined {
    const start = facts.startDate && isCalendarDate(facts.startDate) ? facts.startDate : null;
    let end = facts.endDate && isCalendarDate(facts.endDate) ? facts.endDate : null;
    if (start && end && end < start) end = null;
    const clean: EventFacts = {
      ...facts,
      startDate: start,
      endDate: end,
      year: facts.year ?? (start ? null : yearInTitle(facts.title)) ?? null,
    };
    const cityId = facts.city ? registry.find('Place', facts.city) : undefined;
    const known = joinedEvent(clean) ?? matchEvent(registry, clean, cityId, placeOf);
    if (known) {
      eventsLinked++;
      registry.cite(known, page.url);
      const event = registry.get(known)!;
      if (start && event.props.startDate && event.props.startDate !== start)
        notes.push({ id: known, field: 'startDate', known: event.props.startDate, page: start, url: page.url });
      else if (end && event.props.endDate && event.props.endDate !== end)
        notes.push({ id: known, field: 'endDate', known: event.props.endDate, page: end, url: page.url });
      if (!registry.bundled.has(known)) fillGaps(event, clean);
      return known;
    }
    if (!usable(facts.title) || facts.title.length > 300) return undefined;
    const year = yearOf(clean);
    const props: Record<string, unknown> = {};
    const kind = eventKindOf(facts.eventKind);
    if (kind) props.kind = kind;
    if (start) props.startDate = start;
    if (end) props.endDate = end;
    else if (start) props.endDate = start;
    if (!start && year) props.year = year;
    if (facts.virtual !== null) props.virtual = facts.virtual;
    const name = facts.title;
    const slug = slugOf(year && !name.includes(String(year)) ? `${name} ${year}` : name) || 'unnamed';
    eventsCreated++;
    return registry.create('Event', slug, name, page.url, props).id;
  }

  function linkEvent(eventId: string, facts: EventFacts, page: PageFacts): void {
    const url = page.url;
    const countryId = facts.country ? country(facts.country, url) : undefined;
    if (usable(facts.city)) {
      const props: Record<string, unknown> = { name: facts.city, kind: 'CITY' };
      if (countryId) props.countryCode = countryId.slice('country:'.length);
      const placeId = registry.ensure('Place', facts.city, url, props) ?? '';
      const known = placeOf.get(eventId);
      if (known && placeId && known !== placeId)
        notes.push({ id: eventId, field: 'city', known: registry.get(known)?.name, page: facts.city, url });
      if (!known && placeId) {
        relations.add(eventId, 'HELD_IN', placeId, [url]);
        placeOf.set(eventId, placeId);
      }
      if (placeId && countryId && registry.get(placeId)?.props.countryCode === countryId.slice(8))
        relations.add(placeId, 'LOCATED_IN', countryId, [url]);
    } else if (countryId && !placeOf.has(eventId)) {
      relations.add(eventId, 'HELD_IN', countryId, [url]);
    }
    const roles: Array<[string[], string]> = [
      [facts.hosts, 'HOSTED_BY'],
      [facts.organisers, 'ORGANISED_BY'],
    ];
    for (const [names, type] of roles) {
      for (const name of names) {
        const id = organisation(name, page);
        if (id && !(type === 'HOSTED_BY' && id.startsWith('wg:'))) relations.add(eventId, type, id, [url]);
      }
    }
    for (const name of facts.participants) {
      const id = organisation(name, page);
      if (id?.startsWith('org:')) relations.add(id, 'PARTICIPATED_IN', eventId, [url]);
    }
    for (const written of facts.workingGroups) {
      if (!usable(written)) continue;
      const { name, acronym } = splitBrackets(written);
      const network = registry.find('Organisation', name, acronym);
      if (network) registry.cite(network, url);
      const id = network ?? registry.ensure('WorkingGroup', name, url, {}, acronym);
      if (id) relations.add(eventId, 'ORGANISED_BY', id, [url]);
    }
    for (const cited of facts.publicationsCited) {
      const id = work('Publication', cited, page);
      if (id) relations.add(eventId, 'CITES', id, [url]);
    }
    for (const cited of facts.policyDocumentsCited) {
      const id = work('PolicyDocument', cited, page);
      if (id) relations.add(eventId, 'CITES', id, [url]);
    }
    for (const topic of facts.topics) {
      if (!usable(topic) || topic.length > 120) continue;
      const id = registry.ensure('Topic', capitalised(topic), url);
      if (id) relations.add(eventId, 'ABOUT', id, [url]);
    }
    for (const person of facts.contacts) {
      if (!usable(person) || person.length > 120 || !isPersonName(person)) continue;
      const id = registry.ensure('Person', person, url);
      if (id) relations.add(id, 'CONTACT_FOR', eventId, [url]);
    }
  }

  dropTopicsNamingEntities(registry, relations);
  const withGroupNames = (e: VetEntity, props: Record<string, unknown>): Record<string, unknown> => {
    const added = registry.groupNames(e.id);
    if (!added.length) return props;
    const own = Array.isArray(e.props.altNames) ? (e.props.altNames as string[]) : [];
    return { ...props, altNames: [...own, ...added.filter((name) => !own.includes(name))] };
  };
  const entities: VetEntity[] = registry
    .all()
    .filter(
      (e) => !registry.bundled.has(e.id) || registry.addedSources.has(e.id) || registry.groupNames(e.id).length > 0,
    )
    .map((e) =>
      registry.bundled.has(e.id)
        ? {
            id: e.id,
            type: e.type,
            name: e.name,
            props: withGroupNames(e, {}),
            sources: [...(registry.addedSources.get(e.id) ?? [])].sort(),
          }
        : { ...e, props: withGroupNames(e, e.props) },
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { dataset: { entities, relations: relations.all() }, notes, pagesUsed, eventsCreated, eventsLinked };
}
