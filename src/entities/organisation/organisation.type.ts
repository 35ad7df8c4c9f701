import { Directive, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { OrganisationKind } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';
import {
  addReadFields,
  countryCode,
  enumOf,
  nameList,
  text,
  year,
  PropertyDeclarations,
} from '../../pipelines/write/entity-properties';

/**
 * The stored properties of Organisation, declared once: read fields, input fields and the typed `fields` (see
 * PropertyDeclaration).
 */
export const ORGANISATION_PROPERTIES: PropertyDeclarations = {
  acronym: text('Acronym or short name, e.g. Cedefop.', { max: 100 }),
  kind: enumOf(OrganisationKind, 'Kind of organisation.'),
  countryCode: countryCode('ISO alpha-2 code of its seat.', 'ISO alpha-2 code of its seat, e.g. BE.'),
  founded: year('Year founded.'),
  altNames: nameList('Other names it is known by.'),
  summary: text('One sentence in our own words.'),
};

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description:
    'An organisation: EU agency or institution, national authority, VET provider, social partner, network, ' +
    'association, company, research institute or international organisation.',
})
export class Organisation extends Node {}
addReadFields(Organisation, ORGANISATION_PROPERTIES);

export const { Connection: OrganisationConnection, Edge: OrganisationEdge } = createConnectionTypes(
  Organisation,
  'Organisation',
);
