import { EntityDefinition, FilterCompiler } from '../../graph/entity-definition';
import { atLeast, atMost, idIn, inCountry, linkedVia, nameContains, oneOf, relatedTo } from '../../graph/common-filters';
import { OrganisationWhere } from './organisation.inputs';
import { seatedInCountryCodes } from './organisation.seat';
import { ORGANISATION_PRESENCE_FILTERS } from './organisation.presence';

/** Seated in one of the countries (organisation.seat.ts: the stated country code, else the current location). */
const seatedIn: FilterCompiler<string[]> = (codes, node, params) => seatedInCountryCodes(node, params.add(codes.map((code) => code.toUpperCase())));

/** How organisations are stored, ordered and filtered (see EntityDefinition). */
export const ORGANISATION: EntityDefinition<OrganisationWhere> = {
  type: 'Organisation',
  fields: ['acronym', 'kind', 'countryCode', 'founded', 'altNames', 'summary'],
  sortKeys: {
    NAME: { property: 'searchKey', kind: 'string' },
    ACRONYM: { property: 'acronym', kind: 'string' },
    FOUNDED: { property: 'founded', kind: 'number' },
  },
  defaultOrder: { field: 'NAME', direction: 'ASC' },
  filters: {
    ...ORGANISATION_PRESENCE_FILTERS,
    ids: idIn,
    nameContains,
    relatedTo,
    kinds: oneOf('kind'),
    countryCode: inCountry(seatedIn),
    countryCodes: seatedIn,
    yearFrom: atLeast('founded'),
    yearTo: atMost('founded'),
    memberOf: linkedVia('(NODE)-[:MEMBER_OF]->(other)'),
  },
};
