import { EnumValue, keyedEnum } from './keyed-enum';

/*
 * Controlled vocabularies from data/FORMAT.md, each declared by its values (keyedEnum: its keys equal its values), so
 * the name GraphQL shows, the value class-validator checks and the string stored in Neo4j are one and the same (field
 * case F9).
 */

export const EventKind = keyedEnum([
  'PEER_LEARNING_ACTIVITY',
  'POLICY_LEARNING_FORUM',
  'CONFERENCE',
  'MEETING',
  'WORKSHOP',
  'WEBINAR',
  'SEMINAR',
  /** A forum other than a policy learning forum (a partnership forum, an annual forum). */
  'FORUM',
  /** A network's plenary meeting (ReferNet's annual plenary). */
  'PLENARY',
]);
export type EventKind = EnumValue<typeof EventKind>;

/** Cedefop's classification of its part in an event ("Cedefop event" or "Cedefop involvement"). */
export const EventInvolvement = keyedEnum(['CEDEFOP_EVENT', 'CEDEFOP_INVOLVEMENT']);
export type EventInvolvement = EnumValue<typeof EventInvolvement>;

export const OrganisationKind = keyedEnum([
  'EU_AGENCY',
  'EU_INSTITUTION',
  'NATIONAL_AUTHORITY',
  'VET_PROVIDER',
  'SOCIAL_PARTNER',
  'NETWORK',
  'ASSOCIATION',
  'COMPANY',
  'RESEARCH_INSTITUTE',
  'INTERNATIONAL_ORGANISATION',
]);
export type OrganisationKind = EnumValue<typeof OrganisationKind>;

export const PlaceKind = keyedEnum(['CITY', 'REGION']);
export type PlaceKind = EnumValue<typeof PlaceKind>;

export const PublicationKind = keyedEnum([
  'REPORT',
  'RESEARCH_PAPER',
  'BRIEFING_NOTE',
  'TECHNICAL_REPORT',
  'REFERENCE_SERIES',
  'WORKING_PAPER',
  'INFORMATION_SERIES',
  'GUIDE',
]);
export type PublicationKind = EnumValue<typeof PublicationKind>;

export const PolicyDocumentKind = keyedEnum([
  'COMMUNIQUE',
  'DECLARATION',
  'COUNCIL_RECOMMENDATION',
  'COUNCIL_CONCLUSIONS',
  'COUNCIL_RESOLUTION',
  'REGULATION',
  'COMMUNICATION',
]);
export type PolicyDocumentKind = EnumValue<typeof PolicyDocumentKind>;

/** The level at which a competence standard for trainers was defined (Cedefop: national, sectoral, company). */
export const CompetenceStandardLevel = keyedEnum(['NATIONAL', 'SECTORAL', 'COMPANY']);
export type CompetenceStandardLevel = EnumValue<typeof CompetenceStandardLevel>;
