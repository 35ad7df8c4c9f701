import { registerEnumType } from 'type-graphql';
import * as vocabularies from '../domain/enums';

/** The description of each domain vocabulary's GraphQL enum; the enum has the vocabulary's name and values. */
const DESCRIPTIONS: Record<keyof typeof vocabularies, string> = {
  EventKind: 'Kind of event, e.g. PEER_LEARNING_ACTIVITY or POLICY_LEARNING_FORUM.',
  EventInvolvement: "Cedefop's part in an event, as its event pages say.",
  OrganisationKind: 'Kind of organisation.',
  PlaceKind: 'City or region.',
  PublicationKind: 'Kind of publication (Cedefop series and formats).',
  PolicyDocumentKind: 'Kind of policy document.',
  CompetenceStandardLevel:
    'Level at which a competence standard for trainers is defined: national, sectoral or company.',
};

/* Registers the domain vocabularies as GraphQL enums (names and values are identical; see domain/enums.ts). */
for (const [name, description] of Object.entries(DESCRIPTIONS) as Array<[keyof typeof vocabularies, string]>) {
  registerEnumType(vocabularies[name], { name, description });
}

export * from '../domain/enums';
