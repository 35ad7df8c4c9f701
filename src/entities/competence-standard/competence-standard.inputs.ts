import { field, whereInput } from '../../graphql/where-input';
import { CompetenceStandardLevel } from '../../graphql/enums';
import { CompetenceStandardPresenceWhere } from './competence-standard.presence';

/** Filters on competence standards. */
export const CompetenceStandardWhere = whereInput(
  'CompetenceStandardWhere',
  'Filters on competenceStandards; fields are ANDed.',
  CompetenceStandardPresenceWhere,
  {
    levels: field.enumValues(CompetenceStandardLevel, 'Any of these levels.'),
    ...field.country('Applies in this country (ISO alpha-2).', 'Applies in any of these countries (ISO alpha-2).'),
    ...field.yearRange('Adopted'),
    certification: field.boolean('Leads (true) or does not lead (false) to a certificate.'),
    developedBy: field.id('Developed by this organisation.'),
  },
);
export type CompetenceStandardWhere = InstanceType<typeof CompetenceStandardWhere>;
