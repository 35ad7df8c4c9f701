import {
  booleanField,
  countryCodeFields,
  enumValuesField,
  idField,
  whereInput,
  yearRangeFields,
} from '../../graphql/where-input';
import { CompetenceStandardLevel } from '../../graphql/enums';
import { CompetenceStandardPresenceWhere } from './competence-standard.presence';

/** Filters on competence standards. */
export const CompetenceStandardWhere = whereInput(
  'CompetenceStandardWhere',
  'Filters on competenceStandards; fields are ANDed.',
  CompetenceStandardPresenceWhere,
  {
    levels: enumValuesField(CompetenceStandardLevel, 'Any of these levels.'),
    ...countryCodeFields('Applies in this country (ISO alpha-2).', 'Applies in any of these countries (ISO alpha-2).'),
    ...yearRangeFields('Adopted'),
    certification: booleanField('Leads (true) or does not lead (false) to a certificate.'),
    developedBy: idField('Developed by this organisation.'),
  },
);
export type CompetenceStandardWhere = InstanceType<typeof CompetenceStandardWhere>;
