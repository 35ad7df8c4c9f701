import { Directive, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { CompetenceStandardLevel } from '../../graphql/enums';
import { createConnectionTypes } from '../../graphql/connection.types';
import { addReadFields, enumOf, flag, text, year, PropertyDeclarations } from '../../pipelines/write/entity-properties';
import { MAX_NAME_LENGTH } from '../../domain/limits';

/**
 * The stored properties of CompetenceStandard, declared once: read fields, input fields and the typed `fields` (see
 * PropertyDeclaration).
 */
export const COMPETENCE_STANDARD_PROPERTIES: PropertyDeclarations = {
  level: enumOf(CompetenceStandardLevel, 'National, sectoral or company level.'),
  targetGroup: text('Who it is for, e.g. in-company trainers.'),
  year: year('Year it was adopted or first applied.'),
  certification: flag('Whether it leads to a certificate.'),
  originalName: text('Name in the original language.', { max: MAX_NAME_LENGTH }),
  awardingBody: text('Body that awards the certificate.', { max: MAX_NAME_LENGTH }),
  legalBasis: text('Law or regulation it rests on.'),
  summary: text('One sentence in our own words.'),
};

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description:
    'A competence standard (or profile, or certification requirement) for trainers, such as in-company trainers, ' +
    'defined at national, sectoral or company level.',
})
export class CompetenceStandard extends Node {}
addReadFields(CompetenceStandard, COMPETENCE_STANDARD_PROPERTIES);

export const { Connection: CompetenceStandardConnection, Edge: CompetenceStandardEdge } = createConnectionTypes(
  CompetenceStandard,
  'CompetenceStandard',
);
