import { FilterCompiler } from '../../graph/entity-definition';
import { defineEntity, sortOn, yearRange } from '../../graph/define-entity';
import { oneOf } from '../../graph/common-filters';
import { linkedViaAsOf, seatFilter } from '../../graph/as-of-filters';
import { OrganisationWhere } from './organisation.inputs';
import { seatedInCountryCodes } from './organisation.seat';
import { seatedInCountryCodesAsOf } from './organisation.seat-as-of';
import { ORGANISATION_PRESENCE_FILTERS } from './organisation.presence';
import { ORGANISATION_PROPERTIES } from './organisation.type';

/**
 * Seated in one of the countries (organisation.seat.ts: the stated country code, else the current location); with
 * `asOf` in the `where`, seated there in that year (organisation.seat-as-of.ts).
 */
const seatedIn: FilterCompiler<string[]> = seatFilter(seatedInCountryCodes, seatedInCountryCodesAsOf);

/** How organisations are stored, ordered and filtered (see EntityDefinition). */
export const ORGANISATION = defineEntity<OrganisationWhere>('Organisation', ORGANISATION_PROPERTIES, {
  sortKeys: { NAME: sortOn('searchKey'), ACRONYM: sortOn('acronym'), FOUNDED: sortOn('founded', 'number') },
  filters: {
    ...ORGANISATION_PRESENCE_FILTERS,
    kinds: oneOf('kind'),
    countryCode: (code, node, params, scope) => seatedIn([code], node, params, scope),
    countryCodes: seatedIn,
    ...yearRange('founded'),
    memberOf: linkedViaAsOf((node) => `(${node})-[asOfRel:MEMBER_OF]->(other)`),
  },
});
