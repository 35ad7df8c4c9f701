// Colours and labels shared by the charts, the network and the legends, so a colour means one thing everywhere.

/** Event kinds (enum EventKind) in legend order, with Cedefop's names and a colour each. */
export const EVENT_KINDS = [
  { key: 'PEER_LEARNING_ACTIVITY', label: 'Peer learning activity', color: '#1f6fb2' },
  { key: 'POLICY_LEARNING_FORUM', label: 'Policy learning forum', color: '#5aa9e6' },
  { key: 'CONFERENCE', label: 'Conference', color: '#e07b39' },
  { key: 'MEETING', label: 'Meeting', color: '#3a9d5d' },
  { key: 'WORKSHOP', label: 'Workshop', color: '#9b5de5' },
  { key: 'WEBINAR', label: 'Webinar', color: '#c9a227' },
  { key: 'SEMINAR', label: 'Seminar', color: '#d6456b' },
  { key: 'FORUM', label: 'Forum', color: '#2bb3a3' },
  { key: 'PLENARY', label: 'Plenary meeting', color: '#7a4f2b' },
  { key: null, label: 'Kind not recorded', color: '#a7b0ba' },
];

/** Competence standard levels (enum CompetenceStandardLevel). */
export const STANDARD_LEVELS = [
  { key: 'NATIONAL', label: 'National', color: '#1f6fb2' },
  { key: 'SECTORAL', label: 'Sectoral', color: '#e07b39' },
  { key: 'COMPANY', label: 'Company', color: '#3a9d5d' },
  { key: null, label: 'Level not recorded', color: '#a7b0ba' },
];

/** The measures of the country ranking (enum StatsMeasure). */
export const RANKING_MEASURES = [
  { key: 'EVENTS', alias: 'events', label: 'Events', color: '#1f6fb2' },
  { key: 'PUBLICATIONS', alias: 'publications', label: 'Publications', color: '#e07b39' },
  { key: 'COMPETENCE_STANDARDS', alias: 'standards', label: 'Competence standards', color: '#3a9d5d' },
];

/** Entity types by GraphQL __typename, with the EntityType enum value the search takes. */
export const ENTITY_TYPES = [
  { typename: 'Country', enumValue: 'COUNTRY', label: 'Country', color: '#264653' },
  { typename: 'Place', enumValue: 'PLACE', label: 'Place', color: '#2a9d8f' },
  { typename: 'Organisation', enumValue: 'ORGANISATION', label: 'Organisation', color: '#1f6fb2' },
  { typename: 'WorkingGroup', enumValue: 'WORKING_GROUP', label: 'Working group', color: '#9b5de5' },
  { typename: 'Event', enumValue: 'EVENT', label: 'Event', color: '#e07b39' },
  { typename: 'Publication', enumValue: 'PUBLICATION', label: 'Publication', color: '#c9a227' },
  { typename: 'PolicyDocument', enumValue: 'POLICY_DOCUMENT', label: 'Policy document', color: '#d6456b' },
  { typename: 'CompetenceStandard', enumValue: 'COMPETENCE_STANDARD', label: 'Competence standard', color: '#3a9d5d' },
  { typename: 'Person', enumValue: 'PERSON', label: 'Person', color: '#6c757d' },
  { typename: 'Topic', enumValue: 'TOPIC', label: 'Topic', color: '#8d6e63' },
];

/** The entry of ENTITY_TYPES for a __typename (a neutral one for a type this page does not know yet). */
export function entityType(typename) {
  return (
    ENTITY_TYPES.find((type) => type.typename === typename) ?? {
      typename,
      enumValue: null,
      label: typename,
      color: '#6c757d',
    }
  );
}

/** Text colours and the font of the page, for chart titles and axes. */
export const INK = {
  strong: '#1b2733',
  muted: '#5b6b7b',
  grid: '#e6eaef',
  font: '"Liberation Sans", "Helvetica Neue", Arial, sans-serif',
};
