/*
 * Controlled vocabularies from data/FORMAT.md. Each enum's keys equal its values, so the name GraphQL shows, the
 * value class-validator checks and the string stored in Neo4j are one and the same (field case F9).
 */

export enum EventKind {
  PEER_LEARNING_ACTIVITY = 'PEER_LEARNING_ACTIVITY',
  POLICY_LEARNING_FORUM = 'POLICY_LEARNING_FORUM',
  CONFERENCE = 'CONFERENCE',
  MEETING = 'MEETING',
  WORKSHOP = 'WORKSHOP',
  WEBINAR = 'WEBINAR',
  SEMINAR = 'SEMINAR',
  /** A forum other than a policy learning forum (a partnership forum, an annual forum). */
  FORUM = 'FORUM',
  /** A network's plenary meeting (ReferNet's annual plenary). */
  PLENARY = 'PLENARY',
}

/** Cedefop's classification of its part in an event ("Cedefop event" or "Cedefop involvement"). */
export enum EventInvolvement {
  CEDEFOP_EVENT = 'CEDEFOP_EVENT',
  CEDEFOP_INVOLVEMENT = 'CEDEFOP_INVOLVEMENT',
}

export enum OrganisationKind {
  EU_AGENCY = 'EU_AGENCY',
  EU_INSTITUTION = 'EU_INSTITUTION',
  NATIONAL_AUTHORITY = 'NATIONAL_AUTHORITY',
  VET_PROVIDER = 'VET_PROVIDER',
  SOCIAL_PARTNER = 'SOCIAL_PARTNER',
  NETWORK = 'NETWORK',
  ASSOCIATION = 'ASSOCIATION',
  COMPANY = 'COMPANY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  INTERNATIONAL_ORGANISATION = 'INTERNATIONAL_ORGANISATION',
}

export enum PlaceKind {
  CITY = 'CITY',
  REGION = 'REGION',
}

export enum PublicationKind {
  REPORT = 'REPORT',
  RESEARCH_PAPER = 'RESEARCH_PAPER',
  BRIEFING_NOTE = 'BRIEFING_NOTE',
  TECHNICAL_REPORT = 'TECHNICAL_REPORT',
  REFERENCE_SERIES = 'REFERENCE_SERIES',
  WORKING_PAPER = 'WORKING_PAPER',
  INFORMATION_SERIES = 'INFORMATION_SERIES',
  GUIDE = 'GUIDE',
}

export enum PolicyDocumentKind {
  COMMUNIQUE = 'COMMUNIQUE',
  DECLARATION = 'DECLARATION',
  COUNCIL_RECOMMENDATION = 'COUNCIL_RECOMMENDATION',
  COUNCIL_CONCLUSIONS = 'COUNCIL_CONCLUSIONS',
  COUNCIL_RESOLUTION = 'COUNCIL_RESOLUTION',
  REGULATION = 'REGULATION',
  COMMUNICATION = 'COMMUNICATION',
}

/** The level at which a competence standard for trainers was defined (Cedefop: national, sectoral, company). */
export enum CompetenceStandardLevel {
  NATIONAL = 'NATIONAL',
  SECTORAL = 'SECTORAL',
  COMPANY = 'COMPANY',
}
