import { EntityType } from '../domain/entity-types';
import { RelationshipType } from '../domain/relationship-types';
import { EntityDefinition } from '../graph/entity-definition';
import { RelationSpec } from '../graph/relation-loader';
import { derived, incoming, outgoing } from '../graph/relation-specs';
import { COMPETENCE_STANDARD } from './competence-standard/competence-standard.definition';
import { COUNTRY } from './country/country.definition';
import { EVENT } from './event/event.definition';
import { ORGANISATION } from './organisation/organisation.definition';
import { seatedInCountryNode } from './organisation/organisation.seat';
import { seatedInCountryNodeAsOf } from './organisation/organisation.seat-as-of';
import { PERSON } from './person/person.definition';
import { PLACE } from './place/place.definition';
import { POLICY_DOCUMENT } from './policy-document/policy-document.definition';
import { PUBLICATION } from './publication/publication.definition';
import { TOPIC } from './topic/topic.definition';
import { WORKING_GROUP } from './working-group/working-group.definition';

type Definition = EntityDefinition<never>;
const def = (definition: object) => definition as Definition;

/** One end of a relationship shown as a GraphQL field: the field's name and its description. */
export type FieldEnd = readonly [field: string, description: string];

/**
 * A relationship type between two entity types, declared once with both of its fields: `out` on the `from` type
 * (following the relationship forwards), `in` on the `to` type (backwards). Either end may be absent when the graph
 * does not show it. `dated`: the relationships carry `since`/`until` and both fields take `asOf` (graph/as-of.ts).
 */
export interface RelationshipDeclaration {
  type: RelationshipType;
  from: Definition;
  to: Definition;
  out?: FieldEnd;
  in?: FieldEnd;
  dated?: boolean;
}

/**
 * A field over a longer path than one relationship, written in our code: `pattern` over the parent and target
 * variables; `condition` and `during` as in RelationSpec. `single`: the field gives one entity or null instead of
 * a connection. `dated`: the field takes `asOf`.
 */
export interface DerivedFieldDeclaration {
  on: Definition;
  end: FieldEnd;
  target: Definition;
  pattern: RelationSpec['pattern'];
  condition?: RelationSpec['condition'];
  during?: RelationSpec['during'];
  single?: boolean;
  dated?: boolean;
}

/** Declares a relationship type between two entity types with the fields of both ends (see RelationshipDeclaration). */
function link(
  type: RelationshipType,
  from: object,
  to: object,
  ends: { out?: FieldEnd; in?: FieldEnd; dated?: boolean },
): RelationshipDeclaration {
  return { type, from: def(from), to: def(to), ...ends };
}

/**
 * Every relationship field of the API, declared once: adding a relationship type is one line here (and its endpoints
 * in domain/relationship-types.ts, the allow-list the writes check); both ends' GraphQL fields and resolvers are
 * derived from it (relation-field-resolvers.ts). Descriptions are the fields' documentation in the schema.
 */
export const RELATIONSHIPS: readonly RelationshipDeclaration[] = [
  link('ORGANISED_BY', EVENT, WORKING_GROUP, {
    out: ['workingGroups', 'Working groups that organised the event.'],
    in: ['events', 'Events the group organised: its meetings and peer learning activities.'],
  }),
  link('ORGANISED_BY', EVENT, ORGANISATION, {
    out: ['organisers', 'Organisations that organised the event.'],
    in: ['organisedEvents', 'Events the organisation organised.'],
  }),
  link('HOSTED_BY', EVENT, ORGANISATION, {
    out: ['hostedBy', 'Organisations that hosted the event.'],
    in: ['hostedEvents', 'Events the organisation hosted.'],
  }),
  link('HELD_IN', EVENT, PLACE, {
    out: ['heldIn', 'Places (cities, regions) where it was held.'],
    in: ['events', 'Events held here.'],
  }),
  link('PARTICIPATED_IN', ORGANISATION, EVENT, {
    out: ['participatedIn', 'Events the organisation took part in.'],
    in: ['participants', 'Organisations that took part.'],
  }),
  link('PARTICIPATED_IN', COUNTRY, EVENT, {
    out: ['participatedIn', 'Events the country took part in.'],
    in: ['participatingCountries', 'Countries that took part.'],
  }),
  link('PART_OF', EVENT, EVENT, {
    out: ['partOf', 'The event series this event is part of.'],
    in: ['parts', 'Events that are part of this series.'],
  }),
  link('FOLLOWS', EVENT, EVENT, {
    out: ['follows', 'Earlier events this one follows on from.'],
    in: ['followedBy', 'Later events that follow on from this one.'],
  }),
  link('CITES', EVENT, PUBLICATION, {
    out: ['citedPublications', 'Publications cited by the event.'],
    in: ['citedByEvents', 'Events whose pages cite it.'],
  }),
  link('CITES', EVENT, POLICY_DOCUMENT, {
    out: ['citedPolicyDocuments', 'Policy documents cited by the event.'],
    in: ['citedByEvents', 'Events whose pages cite it.'],
  }),
  link('CITES', PUBLICATION, PUBLICATION, {
    out: ['citedPublications', 'Publications it cites.'],
    in: ['citedByPublications', 'Publications that cite it.'],
  }),
  link('CITES', PUBLICATION, POLICY_DOCUMENT, {
    out: ['citedPolicyDocuments', 'Policy documents it cites.'],
    in: ['citedByPublications', 'Publications that cite it.'],
  }),
  link('CITES', POLICY_DOCUMENT, POLICY_DOCUMENT, {
    out: ['citedPolicyDocuments', 'Policy documents it cites or builds on.'],
    in: ['citedByPolicyDocuments', 'Policy documents that cite it.'],
  }),
  link('CITES', POLICY_DOCUMENT, PUBLICATION, {
    out: ['citedPublications', 'Publications it cites.'],
    in: ['citedByPolicyDocuments', 'Policy documents that cite it.'],
  }),
  link('PRESENTED_AT', PUBLICATION, EVENT, {
    out: ['presentedAt', 'Events where it was presented.'],
    in: ['presentedPublications', 'Publications presented at the event.'],
  }),
  link('PRESENTED_AT', COMPETENCE_STANDARD, EVENT, {
    out: ['presentedAt', 'Events where it was presented.'],
    in: ['presentedCompetenceStandards', 'Competence standards presented at the event.'],
  }),
  link('ABOUT', EVENT, TOPIC, { out: ['topics', 'Topics of the event.'], in: ['events', 'Events about the topic.'] }),
  link('ABOUT', PUBLICATION, TOPIC, {
    out: ['topics', 'Topics it is about.'],
    in: ['publications', 'Publications about the topic.'],
  }),
  link('ABOUT', POLICY_DOCUMENT, TOPIC, {
    out: ['topics', 'Topics it is about.'],
    in: ['policyDocuments', 'Policy documents about the topic.'],
  }),
  link('ABOUT', WORKING_GROUP, TOPIC, {
    out: ['topics', 'Topics the group works on.'],
    in: ['workingGroups', 'Working groups on the topic.'],
  }),
  link('CONTACT_FOR', PERSON, EVENT, {
    out: ['contactForEvents', 'Events the person is the contact for.'],
    in: ['contacts', 'Contact persons for the event.'],
  }),
  link('CONTACT_FOR', PERSON, PUBLICATION, {
    out: ['contactForPublications', 'Publications the person is the contact for.'],
    in: ['contacts', 'Contact persons for it.'],
  }),
  link('APPLIES_IN', COMPETENCE_STANDARD, COUNTRY, {
    out: ['appliesIn', 'Countries where it applies.'],
    in: ['competenceStandards', 'Competence standards for trainers that apply in the country.'],
  }),
  link('DEVELOPED_BY', COMPETENCE_STANDARD, ORGANISATION, {
    out: ['developedBy', 'Organisations that developed it.'],
    in: ['competenceStandards', 'Competence standards for trainers it developed.'],
  }),
  link('ANALYSES', PUBLICATION, COMPETENCE_STANDARD, {
    out: ['analysedStandards', 'Competence standards it analyses.'],
    in: ['analysedIn', 'Publications that analyse it.'],
  }),
  link('ANALYSES', PUBLICATION, COUNTRY, {
    out: ['analysedCountries', 'Countries it analyses.'],
    in: ['analysedIn', 'Publications that analyse the country.'],
  }),
  link('ANALYSES', PUBLICATION, TOPIC, {
    out: ['analysedTopics', 'Topics it analyses.'],
    in: ['analysedInPublications', 'Publications that analyse the topic.'],
  }),
  link('LOCATED_IN', PLACE, PLACE, {
    out: ['within', 'The region the place lies in.'],
    in: ['contains', 'Places within this region.'],
  }),
  link('LOCATED_IN', PLACE, COUNTRY, { in: ['places', 'Places (cities, regions) located in the country.'] }),
  link('LOCATED_IN', ORGANISATION, PLACE, {
    out: ['places', 'Places the organisation is located in.'],
    in: ['organisations', 'Organisations located here.'],
    dated: true,
  }),
  link('MEMBER_OF', COUNTRY, ORGANISATION, {
    out: ['memberOf', 'Organisations and networks the country is a member of.'],
    in: ['memberCountries', 'Member countries.'],
    dated: true,
  }),
  link('MEMBER_OF', COUNTRY, WORKING_GROUP, {
    out: ['workingGroups', 'Working groups the country is a member of.'],
    in: ['memberCountries', 'Member countries.'],
    dated: true,
  }),
  link('MEMBER_OF', ORGANISATION, ORGANISATION, {
    out: ['memberOf', 'Organisations and networks it is a member of.'],
    in: ['members', 'Member organisations (for networks).'],
    dated: true,
  }),
  link('MEMBER_OF', ORGANISATION, WORKING_GROUP, {
    out: ['workingGroups', 'Working groups it is a member of.'],
    in: ['members', 'Member organisations.'],
    dated: true,
  }),
  link('PUBLISHED_BY', PUBLICATION, ORGANISATION, {
    out: ['publishedBy', 'Organisations that published it.'],
    in: ['publications', 'Publications it published.'],
  }),
  link('ADOPTED_BY', POLICY_DOCUMENT, ORGANISATION, {
    out: ['adoptedBy', 'Organisations that adopted it.'],
    in: ['adoptedPolicyDocuments', 'Policy documents it adopted, endorsed or proclaimed.'],
  }),
  link('MANDATED_BY', WORKING_GROUP, POLICY_DOCUMENT, {
    out: ['mandatedBy', 'Policy documents that mandate the group.'],
    in: ['mandatedWorkingGroups', 'Working groups it mandates.'],
  }),
  link('COORDINATED_BY', WORKING_GROUP, ORGANISATION, {
    out: ['coordinatedBy', 'Organisations that coordinate the group.'],
    in: ['coordinatedWorkingGroups', 'Working groups it coordinates or coordinated.'],
    dated: true,
  }),
  link('PART_OF', WORKING_GROUP, WORKING_GROUP, {
    out: ['partOf', 'The group this one is part of.'],
    in: ['subgroups', 'Groups that are part of this one.'],
  }),
  link('WORKS_FOR', PERSON, ORGANISATION, {
    out: ['worksFor', 'Organisations the person works for.'],
    in: ['people', 'People in public roles who work for it.'],
    dated: true,
  }),
];

/**
 * The fields over longer paths: where an event was held and what lies in a country go through places
 * (`LOCATED_IN` up to two levels: city, region, country); an organisation's country is its seat
 * (organisation.seat.ts), now or, with `asOf`, in that year (organisation.seat-as-of.ts).
 */
export const DERIVED_FIELDS: readonly DerivedFieldDeclaration[] = [
  {
    on: def(EVENT),
    end: ['countries', 'Countries where it was held, directly or through its places.'],
    target: def(COUNTRY),
    pattern: (v) => `(${v.parent})-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(${v.target}:Country)`,
  },
  {
    on: def(COUNTRY),
    end: ['events', 'Events held in the country, directly or in one of its places.'],
    target: def(EVENT),
    pattern: (v) => `(${v.parent})<-[:LOCATED_IN*0..2]-()<-[:HELD_IN]-(${v.target}:Event)`,
  },
  {
    on: def(COUNTRY),
    end: [
      'organisations',
      'Organisations seated in the country: their stated country code, else where they are located now (directly ' +
        'or through a city or region; a location with an `until` is a former seat).',
    ],
    target: def(ORGANISATION),
    pattern: (v) => `(${v.target}:Organisation)`,
    condition: (v) => seatedInCountryNode(v.target, v.parent),
    during: (v, year) => seatedInCountryNodeAsOf(v.target, v.parent, year),
    dated: true,
  },
  {
    on: def(ORGANISATION),
    end: [
      'country',
      'The country of its seat: its stated country code, else where it is located now (a location with an `until` ' +
        'is a former seat); with `asOf`, where it was seated in that year.',
    ],
    target: def(COUNTRY),
    pattern: (v) => `(${v.target}:Country)`,
    condition: (v) => seatedInCountryNode(v.parent, v.target),
    during: (v, year) => seatedInCountryNodeAsOf(v.parent, v.target, year),
    single: true,
    dated: true,
  },
  {
    on: def(PLACE),
    end: ['country', 'The country the place is in.'],
    target: def(COUNTRY),
    pattern: (v) => `(${v.parent})-[:LOCATED_IN*1..2]->(${v.target}:Country)`,
    single: true,
  },
];

/** A relationship field of one entity type, ready for its resolver: name, description, how to follow it. */
export interface RelationField {
  field: string;
  description: string;
  spec: RelationSpec;
  /** The field takes `asOf`. */
  dated: boolean;
  /** The field gives one entity or null, not a connection. */
  single: boolean;
}

/**
 * The relationship fields of `type`, in declaration order: the `out` ends of the relationships it starts, the `in`
 * ends of those it ends (both, for a relationship between two entities of the type), then its derived fields.
 */
export function relationFieldsOf(type: EntityType): RelationField[] {
  const fields: RelationField[] = [];
  for (const declaration of RELATIONSHIPS) {
    const dated = declaration.dated ?? false;
    if (declaration.out && declaration.from.type === type) {
      const [field, description] = declaration.out;
      const spec = outgoing(`${type}.${field}`, declaration.type, declaration.to);
      fields.push({ field, description, spec, dated, single: false });
    }
    if (declaration.in && declaration.to.type === type) {
      const [field, description] = declaration.in;
      const spec = incoming(`${type}.${field}`, declaration.type, declaration.from);
      fields.push({ field, description, spec, dated, single: false });
    }
  }
  for (const declaration of DERIVED_FIELDS) {
    if (declaration.on.type !== type) continue;
    const [field, description] = declaration.end;
    const { pattern, target, condition, during } = declaration;
    const spec = derived(`${type}.${field}`, pattern, target, condition, during);
    fields.push({ field, description, spec, dated: declaration.dated ?? false, single: declaration.single ?? false });
  }
  return fields;
}
