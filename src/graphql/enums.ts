import { registerEnumType } from 'type-graphql';
import {
  CompetenceStandardLevel,
  EventInvolvement,
  EventKind,
  OrganisationKind,
  PlaceKind,
  PolicyDocumentKind,
  PublicationKind,
} from '../domain/enums';

/* Registers the domain vocabularies as GraphQL enums (names and values are identical; see domain/enums.ts). */
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'Kind of event, e.g. PEER_LEARNING_ACTIVITY or POLICY_LEARNING_FORUM.',
});
registerEnumType(EventInvolvement, {
  name: 'EventInvolvement',
  description: "Cedefop's part in an event, as its event pages say.",
});
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'Kind of organisation.' });
registerEnumType(PlaceKind, { name: 'PlaceKind', description: 'City or region.' });
registerEnumType(PublicationKind, {
  name: 'PublicationKind',
  description: 'Kind of publication (Cedefop series and formats).',
});
registerEnumType(PolicyDocumentKind, { name: 'PolicyDocumentKind', description: 'Kind of policy document.' });
registerEnumType(CompetenceStandardLevel, {
  name: 'CompetenceStandardLevel',
  description: 'Level at which a competence standard for trainers is defined: national, sectoral or company.',
});

export {
  CompetenceStandardLevel,
  EventInvolvement,
  EventKind,
  OrganisationKind,
  PlaceKind,
  PolicyDocumentKind,
  PublicationKind,
};
