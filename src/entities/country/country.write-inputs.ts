import { Field } from 'type-graphql';
import { IsString } from 'class-validator';
import { IsCountryCode } from '../../graphql/validators';
import { entityWriteInputs } from '../../pipelines/write/entity-write-inputs';
import { COUNTRY } from './country.definition';
import { COUNTRY_PROPERTIES } from './country.type';

const CODE_DESCRIPTION = 'ISO 3166-1 alpha-2 code, e.g. BE (stored upper-case); the id is country:<code>.';

/**
 * The ISO code that makes a new country's id, in place of a client-chosen id (rules applied as stacked, last first).
 */
const codeField: PropertyDecorator = (target, key) => {
  IsCountryCode()(target, key);
  IsString()(target, key);
  Field(() => String, { description: CODE_DESCRIPTION })(target, key);
};

/**
 * The create and update inputs of countries, their mutation arguments and how they are written:
 * the id is always `country:<CODE>`.
 */
export const COUNTRY_MUTATIONS = entityWriteInputs(COUNTRY, COUNTRY_PROPERTIES, {
  noun: 'a country',
  name: 'Name in English, e.g. Belgium.',
  createFields: { code: codeField },
  newId: (input) => `country:${String(input.code).toUpperCase()}`,
  create: 'A new country; its id is `country:<code>`.',
  update: 'Changes to a country (its code is its id and does not change).',
  upsertUpdatesWhen: 'country:<code> exists',
});
